import { UTM_FIELDS } from './petitionForm.ts'

// Share links carry UTM tags so campaigners can see which channel brought signers; the petition
// form reads the same parameters back into the signature (petitionForm.ts).
export function withUtm(url: string, source: string, campaign: string, medium = 'social'): string {
  const tagged = new URL(url)
  tagged.searchParams.set(UTM_FIELDS.source.param, source)
  tagged.searchParams.set(UTM_FIELDS.medium.param, medium)
  tagged.searchParams.set(UTM_FIELDS.campaign.param, campaign)
  return tagged.toString()
}

/** The message offered with a share: the action's suggested text, or else its title. */
export const shareMessage = (shareText: string | null | undefined, title: string) => shareText || title

export interface ShareLink {
  label: string
  href: string
}

// Every network's own share page: plain links that work without JavaScript.
// `email`: the mail link's label in the page's language (the networks keep their own names).
export function shareLinks(url: string, text: string, campaign: string, email: string): ShareLink[] {
  const tagged = (source: string) => encodeURIComponent(withUtm(url, source, campaign))
  return [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${tagged('facebook')}` },
    { label: 'X', href: `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${tagged('x')}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(text)}%20${tagged('whatsapp')}` },
    {
      label: email,
      href: `mailto:?subject=${encodeURIComponent(text.slice(0, 120))}&body=${encodeURIComponent(`${text}\n\n`)}${tagged('email')}`,
    },
  ]
}
