import { aleppo } from './aleppo'
import { easternGhouta } from './eastern-ghouta'

export const actions = [easternGhouta, aleppo]
