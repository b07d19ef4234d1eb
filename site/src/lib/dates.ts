const format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

// "March 2, 2018", as dated entries read on a campaign page.
export const formatDate = (iso: string) => format.format(new Date(iso))
