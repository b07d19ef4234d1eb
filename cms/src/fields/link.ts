import type { TextField, TextFieldSingleValidation } from 'payload'
import { isSafeLink, LINK_RULE_MESSAGE } from '@vigil/shared'
import type { Label } from '../admin/labels'

// Every link an editor sets is checked by the one rule in shared/ (web, email, or a path on the
// site); the site applies the same rule again when it renders.
export const validateLink: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? 'This field is required.' : true
  return isSafeLink(value) || LINK_RULE_MESSAGE
}

interface LinkFieldOptions {
  name: string
  label?: Label
  required?: boolean
  defaultValue?: string
  /** One value per language (the site's links in each language differ). */
  localized?: boolean
  description?: Label
}

export const linkField = ({ description, ...options }: LinkFieldOptions): TextField => ({
  type: 'text',
  validate: validateLink,
  admin: {
    description: description ?? {
      en: 'https://…, mailto:… or a path on this site such as /actions/',
      fr: 'https://…, mailto:… ou un chemin de ce site, comme /actions/',
    },
  },
  ...options,
})
