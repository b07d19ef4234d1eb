export { ACTION_STATUS, type ActionStatus } from './actionStatus.ts'
export { SLUG_PATTERN, slugify } from './slug.ts'
export {
  fieldErrors,
  HONEYPOT_FIELD,
  isBot,
  MESSAGES,
  normaliseEmail,
  type Signature,
  signatureInput,
  type SignatureInput,
} from './petition.ts'
