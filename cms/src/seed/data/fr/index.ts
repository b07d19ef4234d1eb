import type { SeedLanguage } from '../../types'
import { aleppo } from './actions/aleppo'
import { easternGhouta } from './actions/eastern-ghouta'
import { annaNeistat } from './authors/anna-neistat'
import { gauriVanGulik } from './authors/gauri-van-gulik'
import { gloriaNafziger } from './authors/gloria-nafziger'
import { leenHashem } from './authors/leen-hashem'
import { monicaCostaRiba } from './authors/monica-costa-riba'
import { salilShetty } from './authors/salil-shetty'
import { fiveFacts } from './posts/2016-03-09-five-facts'
import { fiveYearsOfHorror } from './posts/2016-03-16-five-years-of-horror'
import { refugeeAssistanceMyth } from './posts/2016-03-25-refugee-assistance-myth'
import { noRightsLeftBehind } from './posts/2016-06-20-no-rights-left-behind'
import { letterFromSaydnaya } from './posts/2016-08-18-letter-from-saydnaya'
import { lesvosChildren } from './posts/2016-08-22-lesvos-children'
import { crossingTheMountains } from './posts/2016-09-07-crossing-the-mountains'
import { aleppoNeverAgain } from './posts/2016-12-16-aleppo-never-again'
import { refugeesInTheRegion } from './posts/2016-12-20-refugees-in-the-region'
import { thankYouAleppo } from './posts/2016-12-22-thank-you-aleppo'
import { sixYearsOfCrisis } from './posts/2017-03-15-six-years-of-crisis'
import { brusselsConference } from './posts/2017-04-04-brussels-conference'
import { truthAndRuleOfLaw } from './posts/2017-04-18-truth-and-the-rule-of-law'
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
export const french: SeedLanguage = {
  posts: {
    'syria-five-years-on-the-facts': fiveFacts,
    'five-years-of-horror-in-syria': fiveYearsOfHorror,
    'the-myth-about-refugee-income-assistance': refugeeAssistanceMyth,
    'no-rights-left-behind': noRightsLeftBehind,
    'a-letter-from-saydnaya': letterFromSaydnaya,
    'what-awaits-children-who-reach-europe': lesvosChildren,
    'crossing-the-mountains-on-horseback': crossingTheMountains,
    'aleppo-and-the-promise-of-never-again': aleppoNeverAgain,
    'refugees-in-the-region': refugeesInTheRegion,
    'thank-you-for-acting-on-aleppo': thankYouAleppo,
    'six-years-of-crisis-in-syria': sixYearsOfCrisis,
    'brussels-conference-on-the-future-of-syria': brusselsConference,
    'evidence-truth-and-the-rule-of-law': truthAndRuleOfLaw,
    'take-action-for-eastern-ghouta': easternGhoutaAction,
    'bombing-of-eastern-ghouta-escalates': easternGhoutaEscalation,
  },
  actions: {
    'stop-the-attacks-on-eastern-ghouta': easternGhouta,
    'safe-evacuation-from-aleppo': aleppo,
  },
  authors: {
    'anna-neistat': annaNeistat,
    'gauri-van-gulik': gauriVanGulik,
    'gloria-nafziger': gloriaNafziger,
    'leen-hashem': leenHashem,
    'monica-costa-riba': monicaCostaRiba,
    'salil-shetty': salilShetty,
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
