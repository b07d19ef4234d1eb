import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { root } from '@vigil/tools/paths'
import { freePort, portIsFree } from '@vigil/tools/ports'
import { startService, stopService, waitForHttp } from '@vigil/tools/processes'

// The suggested ports (DESIGN: SMTP :1025, inbox :1080); others are chosen when they are taken.
const SMTP_PORT = 1025
const INBOX_PORT = 1080

export interface DevMail {
  server: ChildProcess
  smtpUrl: string
  inboxUrl: string
}

const portOr = async (port: number) => ((await portIsFree(port)) ? port : freePort())

// `npm start`'s mail server: MailDev, catching every message the CMS sends and showing it in a web
// inbox, on loopback only, keeping nothing on disk. Nothing leaves the machine: MailDev relays
// nowhere unless told to.
export async function startDevMail(): Promise<DevMail> {
  const [smtp, inbox] = [await portOr(SMTP_PORT), await portOr(INBOX_PORT)]
  const server = startService(
    'pnpm',
    [
      'exec',
      'maildev',
      '--smtp',
      String(smtp),
      '--ip',
      '127.0.0.1',
      '--web',
      String(inbox),
      '--web-ip',
      '127.0.0.1',
      '--silent',
    ],
    { cwd: path.join(root, 'scripts'), stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const inboxUrl = `http://localhost:${inbox}/`
  try {
    await waitForHttp(`http://127.0.0.1:${inbox}/api/healthz`, 30_000, server)
  } catch (error) {
    stopService(server)
    throw error
  }
  return { server, smtpUrl: `smtp://127.0.0.1:${smtp}`, inboxUrl }
}
