// Posts per page on the home page and its older pages.
export const PAGE_SIZE = 10
