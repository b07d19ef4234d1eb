export function validateOptionalUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) || 'Use an http or https address.'
  } catch {
    return 'Enter a full address starting with https://'
  }
}
