export { ACTION_STATUS, type ActionStatus } from './actionStatus.ts'
export { COUNTRIES, COUNTRY_CODES } from './countries.ts'
export {
  type CountResponse,
  fieldErrors,
  goalShare,
  HONEYPOT_FIELD,
  isBot,
  MESSAGES,
  normaliseEmail,
  petitionApi,
  type RefusedResponse,
  type Signature,
  signatureInput,
  type SignatureInput,
  type SignedResponse,
} from './petition.ts'
export { type ShareLink, shareLinks, withUtm } from './share.ts'
export { SLUG_PATTERN, slugify } from './slug.ts'
export { type RebuildNotice, SIGNATURE_HEADER, signBody, verifyBody } from './webhook.ts'
