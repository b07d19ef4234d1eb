// The states a petition can be in; the CMS stores them and the site renders them.
export const ACTION_STATUS = {
  open: 'open',
  closed: 'closed',
} as const

export type ActionStatus = (typeof ACTION_STATUS)[keyof typeof ACTION_STATUS]
