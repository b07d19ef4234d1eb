import { fiveFacts } from './2016-03-09-five-facts'
import { fiveYearsOfHorror } from './2016-03-16-five-years-of-horror'
import { refugeeAssistanceMyth } from './2016-03-25-refugee-assistance-myth'
import { noRightsLeftBehind } from './2016-06-20-no-rights-left-behind'
import { letterFromSaydnaya } from './2016-08-18-letter-from-saydnaya'
import { lesvosChildren } from './2016-08-22-lesvos-children'
import { crossingTheMountains } from './2016-09-07-crossing-the-mountains'
import { aleppoNeverAgain } from './2016-12-16-aleppo-never-again'
import { refugeesInTheRegion } from './2016-12-20-refugees-in-the-region'
import { thankYouAleppo } from './2016-12-22-thank-you-aleppo'
import { sixYearsOfCrisis } from './2017-03-15-six-years-of-crisis'
import { brusselsConference } from './2017-04-04-brussels-conference'
import { truthAndRuleOfLaw } from './2017-04-18-truth-and-the-rule-of-law'
import { easternGhoutaAction } from './2018-02-21-eastern-ghouta-action'
import { easternGhoutaEscalation } from './2018-03-02-eastern-ghouta-escalation'

// Oldest first, so newer posts get higher ids, as they would have in real life.
export const posts = [
  fiveFacts,
  fiveYearsOfHorror,
  refugeeAssistanceMyth,
  noRightsLeftBehind,
  letterFromSaydnaya,
  lesvosChildren,
  crossingTheMountains,
  aleppoNeverAgain,
  refugeesInTheRegion,
  thankYouAleppo,
  sixYearsOfCrisis,
  brusselsConference,
  truthAndRuleOfLaw,
  easternGhoutaAction,
  easternGhoutaEscalation,
]
