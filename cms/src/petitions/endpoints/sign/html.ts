// A tagged template that escapes every interpolated value unless it is already markup.
const RAW = Symbol('raw html')
export interface Markup {
  [RAW]: string
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

type Value = string | number | Markup | Markup[] | false | null | undefined

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(render).join('')
  if (typeof value === 'object') return value[RAW]
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return { [RAW]: strings.reduce((out, string, i) => out + string + (i < values.length ? render(values[i]) : ''), '') }
}

export const toHtml = (markup: Markup) => markup[RAW]
