import type { BuildMessage } from '@vigil/shared'

// The rebuild server runs each build in a process it forked (server/rebuild/buildProcess.ts) with
// an IPC channel back to it: what the build is doing goes there as typed messages, so nothing has
// to read it out of Astro's log text. A build run any other way (`astro build` in a terminal, a
// test's spawn) has no channel, and this does nothing.
export function sendBuildMessage(message: BuildMessage): void {
  if (process.send && process.connected) process.send(message)
}
