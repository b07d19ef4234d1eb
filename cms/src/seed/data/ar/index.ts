import type { SeedLanguage } from '../../types'
import { easternGhouta } from './actions/eastern-ghouta'
import { annaNeistat } from './authors/anna-neistat'
import { gauriVanGulik } from './authors/gauri-van-gulik'
import { gloriaNafziger } from './authors/gloria-nafziger'
import { leenHashem } from './authors/leen-hashem'
import { monicaCostaRiba } from './authors/monica-costa-riba'
import { salilShetty } from './authors/salil-shetty'
import { fiveFacts } from './posts/2016-03-09-five-facts'
import { easternGhoutaAction } from './posts/2018-02-21-eastern-ghouta-action'
import { easternGhoutaEscalation } from './posts/2018-03-02-eastern-ghouta-escalation'
import { site } from './site'
import { children } from './topics/children'
import { detention } from './topics/detention'
import { justice } from './topics/justice'
import { refugees } from './topics/refugees'
import { sieges } from './topics/sieges'
import { syria } from './topics/syria'

// Keyed by the English document's slug.
export const arabic: SeedLanguage = {
  posts: {
    'syria-five-years-on-the-facts': fiveFacts,
    'take-action-for-eastern-ghouta': easternGhoutaAction,
    'bombing-of-eastern-ghouta-escalates': easternGhoutaEscalation,
  },
  actions: {
    'stop-the-attacks-on-eastern-ghouta': easternGhouta,
  },
  authors: {
    'salil-shetty': salilShetty,
    'leen-hashem': leenHashem,
    'anna-neistat': annaNeistat,
    'monica-costa-riba': monicaCostaRiba,
    'gauri-van-gulik': gauriVanGulik,
    'gloria-nafziger': gloriaNafziger,
  },
  topics: {
    syria,
    refugees,
    detention,
    'sieges-and-attacks-on-civilians': sieges,
    'justice-and-accountability': justice,
    children,
  },
  site,
}
