export { ACTION_STATE, type ActionState, actionState, type ActionTiming, nextStateChange } from './actionState.ts'
export { ACTION_STATUS, type ActionStatus } from './actionStatus.ts'
export { BUILD_RECORDS_KEPT, type BuildPhase, type BuildRecord, type BuildStatus } from './buildStatus.ts'
export { COUNTRIES, COUNTRY_CODES } from './countries.ts'
export {
  extensionOf,
  IMAGE_MIME_TYPES,
  IMAGE_TYPES,
  IMAGE_TYPES_LABEL,
  type ImageType,
  imageTypeOfMime,
  nameFitsImageType,
} from './imageTypes.ts'
export {
  type CountResponse,
  fieldErrors,
  goalShare,
  hasHiddenCharacters,
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
export { isExternalLink, isSafeLink, LINK_RULE_MESSAGE, safeLink } from './safeLink.ts'
export { SECURITY_HEADERS } from './securityHeaders.ts'
export { type ShareLink, shareLinks, withUtm } from './share.ts'
export { SLUG_PATTERN, slugify } from './slug.ts'
export {
  NOTICE_ALREADY_ACCEPTED,
  NOTICE_MAX_AGE_MS,
  NOTICE_MAX_SKEW_MS,
  type OpenedNotice,
  openNotice,
  type RebuildNotice,
  SIGNATURE_HEADER,
  signBody,
  signNotice,
  statusToken,
  verifyBody,
} from './webhook.ts'
