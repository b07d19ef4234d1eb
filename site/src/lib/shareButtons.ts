// What the Copy link and Share… buttons do, written once: the petition island calls these from its
// click handlers, and a static page's small script wires its buttons with wireShareButtons. It
// imports nothing, so that script stays small: the share component prepares the tagged addresses
// and the words where it renders, and hands them over as ShareActions.

/** Everything the two buttons need, ready to use. */
export interface ShareActions {
  /** The page's address tagged for a copied link. */
  copyUrl: string
  /** Said once the link is on the clipboard. */
  copied: string
  /** Said when the clipboard refuses: the link, to copy by hand. */
  copyByHand: string
  /** For the device's share sheet, its address tagged for it. */
  native: { title: string; text: string; url: string }
}

/** The attribute a statically rendered share component carries its ShareActions in, as JSON. */
export const SHARE_ACTIONS_ATTRIBUTE = 'data-share-actions'

/** Copies the link, and answers what to tell the visitor. */
export async function copyLink(actions: ShareActions): Promise<string> {
  try {
    await navigator.clipboard.writeText(actions.copyUrl)
    return actions.copied
  } catch {
    return actions.copyByHand
  }
}

/** Whether this device has a share sheet of its own (false while rendering, where there is no device). */
export const canShareNatively = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function'

/** Opens the device's share sheet; closing it without sharing is not a problem. */
export const shareNatively = (actions: ShareActions) => navigator.share(actions.native).catch(() => undefined)

// A static page: each share component with actions gets working buttons, shown only now that
// script runs (the share sheet only where the device has one), and its status line.
export function wireShareButtons(root: ParentNode = document) {
  for (const box of root.querySelectorAll<HTMLElement>(`[${SHARE_ACTIONS_ATTRIBUTE}]`)) {
    const actions = JSON.parse(box.getAttribute(SHARE_ACTIONS_ATTRIBUTE)!) as ShareActions
    const status = box.querySelector<HTMLElement>('[data-share-status]')
    const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]')
    const native = box.querySelector<HTMLButtonElement>('[data-share-native]')
    if (copy) {
      copy.addEventListener('click', async () => {
        const said = await copyLink(actions)
        if (status) status.textContent = said
      })
      reveal(copy)
    }
    if (native && canShareNatively()) {
      native.addEventListener('click', () => shareNatively(actions))
      reveal(native)
    }
  }
}

// Buttons wait in hidden list items: without script they would do nothing.
const reveal = (button: HTMLElement) => button.closest('li')?.removeAttribute('hidden')
