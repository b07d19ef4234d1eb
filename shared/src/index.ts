export { ACTION_STATE, type ActionState, actionState, type ActionTiming, nextStateChange } from './actionState.ts'
export { ACTION_STATUS, type ActionStatus } from './actionStatus.ts'
export {
  BUILD_RECORDS_KEPT,
  BUILD_STATUS_PATH,
  type BuildMessage,
  type BuildPhase,
  type BuildProgress,
  type BuildRecord,
  type BuildStatus,
  buildStatusHeaders,
  buildStatusUrl,
  isBuildMessage,
  type NoticeAccepted,
  type RebuildQueued,
  type SiteBuildAnswer,
} from './buildStatus.ts'
export { type Answer, type Catalogue, catalogue, CATALOGUES } from './catalogue/index.ts'
export { COUNTRIES, COUNTRY_CODES, countries } from './countries.ts'
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
export {
  campaignTags,
  CAMPAIGN_FIELDS,
  type CampaignField,
  CONSENT_FIELD,
  type FormPromise,
  hiddenFields,
  HONEYPOT_FIELD,
  PETITION_FIELDS,
  petitionFields,
  PETITION_LIMITS,
  PETITION_TEXT,
  type PetitionField,
  privacySentences,
  problemId,
  UTM_FIELDS,
} from './petitionForm.ts'
export {
  DEFAULT_LOCALE,
  isLocale,
  type Locale,
  LOCALE_CODES,
  localeInfo,
  localeOf,
  type LocaleInfo,
  LOCALES,
  TRANSLATED_LOCALES,
} from './locales.ts'
export { isExternalLink, isSafeLink, LINK_RULE_MESSAGE, safeLink } from './safeLink.ts'
export { SECURITY_HEADERS } from './securityHeaders.ts'
export { SITE_COLLECTIONS, SITE_GLOBALS, type SiteCollection, type SiteGlobal } from './siteContent.ts'
export { type ShareLink, shareLinks, shareMessage, withUtm } from './share.ts'
export {
  type CollectionWithPages,
  documentPath,
  inLocale,
  isThanksPath,
  localeOfPath,
  PAGE_SIZE,
  pageFile,
  pathsIn,
  siteAddress,
  sitePaths,
  withoutLocale,
} from './sitePaths.ts'
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
