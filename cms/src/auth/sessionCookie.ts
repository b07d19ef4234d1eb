// The staff session cookie: never sent with a request another site starts (SameSite=Strict, so
// no cross-site form or link carries it), and only over TLS wherever the CMS is served on https.
export const sessionCookie = (cmsUrl: string) => ({
  sameSite: 'Strict' as const,
  secure: new URL(cmsUrl).protocol === 'https:',
})
