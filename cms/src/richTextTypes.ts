// The rich text the site renders, typed once: the editor's own serialized node types
// (@payloadcms/richtext-lexical) and the blocks' generated interfaces (payload-types.ts). The site
// imports these (`@vigil/cms/rich-text`) and never redeclares a node's shape. Nothing here loads
// Payload: types, one list and one cast.
import type {
  DefaultNodeTypes,
  SerializedBlockNode,
  SerializedUploadNode,
  TypedEditorState,
} from '@payloadcms/richtext-lexical'
import type { CollectionWithPages } from '@vigil/shared'
import type { ActionCalloutBlock, Post, PullQuoteBlock } from './payload-types'

/** The blocks an editor may place in the text (fields/richTextEditor.ts). */
export type RichTextBlock = PullQuoteBlock | ActionCalloutBlock

/** What an editor may add to an image placed in the text (fields/richTextEditor.ts). */
export interface UploadNodeFields {
  caption?: string | null
  /** Overrides the image's own credit. */
  credit?: string | null
}

export type RichTextNode = DefaultNodeTypes | SerializedBlockNode<RichTextBlock>
export type RichTextUploadNode = SerializedUploadNode
export type RichTextContent = TypedEditorState<RichTextNode>

/** Collections an editor may link to from the text; the site makes their addresses. */
export const LINKABLE_COLLECTIONS = ['posts', 'actions'] as const satisfies readonly CollectionWithPages[]

/**
 * A stored rich-text field as the editor's node types. Payload's generated field types describe
 * the nodes loosely (`type: any`); this is the one place that says what they are.
 */
export const asRichText = (value: Post['body']): RichTextContent | undefined =>
  (value ?? undefined) as RichTextContent | undefined

/** An element's children: nodes the same editor made (Lexical types them as any node). */
export const childrenOf = (node: RichTextNode): RichTextNode[] =>
  ('children' in node ? (node.children as RichTextNode[] | undefined) : undefined) ?? []
