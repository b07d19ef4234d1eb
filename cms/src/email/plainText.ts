import { convert } from 'html-to-text'

// The plain-text part of a message written only in HTML (Payload's own account emails): every
// message Vigil sends reads as plain text too. Links keep their address beside their words.
export const plainText = (html: string): string => convert(html, { wordwrap: 78 })
