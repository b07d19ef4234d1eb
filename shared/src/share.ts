// Share links carry UTM tags so campaigners can see which channel brought signers.
export function withUtm(url: string, source: string, campaign: string, medium = 'social'): string {
  const tagged = new URL(url)
  tagged.searchParams.set('utm_source', source)
  tagged.searchParams.set('utm_medium', medium)
  tagged.searchParams.set('utm_campaign', campaign)
  return tagged.toString()
}

export interface ShareLink {
  label: string
  href: string
}

// Every network's own share page: plain links that work without JavaScript.
export function shareLinks(url: string, text: string, campaign: string): ShareLink[] {
  const tagged = (source: string) => encodeURIComponent(withUtm(url, source, campaign))
  return [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${tagged('facebook')}` },
    { label: 'X', href: `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${tagged('x')}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(text)}%20${tagged('whatsapp')}` },
    {
      label: 'Email',
      href: `mailto:?subject=${encodeURIComponent(text.slice(0, 120))}&body=${encodeURIComponent(`${text}\n\n`)}${tagged('email')}`,
    },
  ]
}
