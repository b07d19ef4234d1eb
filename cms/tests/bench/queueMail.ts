// `payload run` script for `npm run bench:mail`: queues messages through Payload's configured email
// adapter (the queue), as the CMS does, at a steady rate. Sending is left to the running CMS's job
// runner. Usage: queueMail.ts <tag> <messages per second> <seconds>   (0 seconds: all at once)
import config from '@payload-config'
import { getPayload } from 'payload'

const [tag, perSecond, seconds] = [process.argv.at(-3)!, Number(process.argv.at(-2)), Number(process.argv.at(-1))]
const payload = await getPayload({ config })
const total = seconds === 0 ? perSecond : perSecond * seconds
const started = performance.now()
const send = (n: number) =>
  payload.sendEmail({ to: `reader-${n}@example.org`, subject: `${tag} ${n}`, text: `Message ${n} of ${total}.` })
for (let n = 0; n < total;) {
  // In ticks of a tenth of a second, so the rate is steady rather than a burst each second.
  const due = seconds === 0 ? total : Math.min(total, Math.ceil(((performance.now() - started) / 1000) * perSecond))
  const batch: Promise<unknown>[] = []
  for (; n < due; n++) batch.push(send(n))
  await Promise.all(batch)
  if (n < total) await new Promise((resolve) => setTimeout(resolve, 100))
}
console.log(`queued ${total} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
