import { children } from './children'
import { detention } from './detention'
import { justice } from './justice'
import { refugees } from './refugees'
import { sieges } from './sieges'
import { syria } from './syria'

export const topics = [syria, refugees, detention, sieges, justice, children]
