import type { Action, Media } from '../payload-types'

// Small builders for Lexical JSON, so seed data reads like the article it is.
type Node = Record<string, unknown>

export type RichTextPlaceholder =
  | Node
  | { placeholder: 'actionCallout'; actionSlug: string; label?: string }
  | { placeholder: 'image'; imageKey: string; caption?: string; credit?: string }

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  version: 1,
})

type Inline = string | Node
const inline = (parts: Inline[]) => parts.map((part) => (typeof part === 'string' ? text(part) : part))

export const p = (...parts: Inline[]): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inline(parts),
})

export const h2 = (value: string): Node => ({ ...base, type: 'heading', tag: 'h2', children: [text(value)] })

const list = (listType: 'number' | 'bullet', items: Inline[][]): Node => ({
  ...base,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items.map((parts, index) => ({ ...base, type: 'listitem', value: index + 1, children: inline(parts) })),
})
export const ol = (...items: Inline[][]) => list('number', items)
export const ul = (...items: Inline[][]) => list('bullet', items)

export const link = (label: string, url: string): Node => ({
  ...base,
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})

let blockCounter = 0
const blockId = () => `seed${(++blockCounter).toString(16).padStart(20, '0')}`

// Pull quotes in demo content are paraphrases unless the reference gives the exact words.
export const pullQuote = (quote: string, attribution: string, paraphrased = true): Node => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { id: blockId(), blockName: '', blockType: 'pullQuote', quote, attribution, paraphrased },
})

export const actionCallout = (actionSlug: string, label?: string): RichTextPlaceholder => ({
  placeholder: 'actionCallout',
  actionSlug,
  ...(label ? { label } : {}),
})

export const image = (imageKey: string, caption?: string, credit?: string): RichTextPlaceholder => ({
  placeholder: 'image',
  imageKey,
  ...(caption ? { caption } : {}),
  ...(credit ? { credit } : {}),
})

export const doc = (...children: RichTextPlaceholder[]) => children

export type Refs = { actionId: (slug: string) => Action['id']; mediaId: (key: string) => Media['id'] }

// Lexical stores each block's writing direction; Arabic text runs right to left.
const withDirection = (node: Node, direction: 'ltr' | 'rtl'): Node =>
  'direction' in node
    ? {
        ...node,
        direction,
        ...(Array.isArray(node.children)
          ? { children: (node.children as Node[]).map((child) => withDirection(child, direction)) }
          : {}),
      }
    : node

// Turns placeholders into real nodes once the referenced documents exist.
export function resolveRichText(children: RichTextPlaceholder[], refs: Refs, direction: 'ltr' | 'rtl' = 'ltr') {
  const nodes = children.map((child): Node => {
    if (child.placeholder === 'actionCallout') {
      const { actionSlug, label } = child as { actionSlug: string; label?: string }
      return {
        type: 'block',
        format: '',
        version: 2,
        fields: { id: blockId(), blockName: '', blockType: 'actionCallout', action: refs.actionId(actionSlug), label },
      }
    }
    if (child.placeholder === 'image') {
      const { imageKey, caption, credit } = child as { imageKey: string; caption?: string; credit?: string }
      return {
        type: 'upload',
        format: '',
        version: 3,
        id: blockId(),
        relationTo: 'media',
        value: refs.mediaId(imageKey),
        fields: { caption, credit },
      }
    }
    return withDirection(child, direction)
  })
  return { root: { ...base, direction, type: 'root', children: nodes } }
}
