// Zod compiles its parsers with `new Function` where it may, and finds out whether it may by trying,
// which the site's Content-Security-Policy refuses (scripts never evaluate strings) and reports as a
// violation. In the browser, parsers are built without it: this runs before any schema is made, so
// every island that validates imports it first. (The CMS keeps the faster compiled parsers.)
import { config } from 'zod'

config({ jitless: true })
