import { ACTION_STATUS } from './actionStatus.ts'

// The one rule for where an action stands, from what editors set: its status (open, or closed by
// hand or at its closing time) and its opening and closing times. The CMS stores the result on
// every save and again at each of those moments (a job), and every page and component of the site
// renders from the same rule, so no two places can disagree about whether an action is open.
export const ACTION_STATE = {
  upcoming: 'upcoming',
  open: 'open',
  closed: 'closed',
} as const

export type ActionState = (typeof ACTION_STATE)[keyof typeof ACTION_STATE]

export interface ActionTiming {
  status?: string | null
  opensAt?: string | null
  closesAt?: string | null
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : undefined)

export function actionState({ status, opensAt, closesAt }: ActionTiming, now = Date.now()): ActionState {
  const closes = time(closesAt)
  const opens = time(opensAt)
  if (status !== ACTION_STATUS.open || (closes !== undefined && closes <= now)) return ACTION_STATE.closed
  if (opens !== undefined && opens > now) return ACTION_STATE.upcoming
  return ACTION_STATE.open
}

/** When the state will next change on its own (opening, then closing), if it will. */
export function nextStateChange(action: ActionTiming, now = Date.now()): Date | undefined {
  const state = actionState(action, now)
  const at =
    state === ACTION_STATE.upcoming
      ? time(action.opensAt)
      : state === ACTION_STATE.open
        ? time(action.closesAt)
        : undefined
  return at === undefined ? undefined : new Date(at)
}
