// The headers every answer of the live site and of the CMS carries, whatever it is: nothing Vigil
// serves may be framed (clickjacking the admin), sniffed into another type (an upload read as a
// page), leak its address to other sites, or use a powerful browser feature it has no need of.
// Content-Security-Policy is each server's own (site/src/securityPolicy.ts, cms/src/securityHeaders.ts).
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Off: every powerful feature neither the site nor the admin uses. (The share buttons' share sheet and
  // clipboard are the site's own by default; naming them here makes browsers without a share
  // sheet log an error.)
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
}
