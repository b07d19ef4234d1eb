#!/usr/bin/env node
// The front door behind `npm start`, `npm test` and friends. It runs on whatever
// Node the machine has (plain JavaScript, no dependencies), brings in the project's
// toolchain when the machine lacks it, installs dependencies when they changed, and
// then hands over to the real task under Node 24.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const toolsDir = path.join(root, '.tools')
// The Node that Vigil runs on is the one in .nvmrc; the oldest it accepts is the root package's
// `engines` floor (the lowest that runs the `.ts` entry points without flags); pnpm is the root's
// `packageManager`. Each is written once, there.
const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const NODE_VERSION = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()
const PNPM_VERSION = rootPackage.packageManager.replace(/^pnpm@/, '')
const MIN_NODE = rootPackage.engines.node.replace(/^>=/, '').split('.').map(Number)
const MIN_NODE_LABEL = MIN_NODE.join('.')

const TASKS = {
  start: 'scripts/start.ts',
  test: 'scripts/test.ts',
  seed: 'scripts/seed.ts',
  bench: 'scripts/bench.ts',
  'bench-sign': 'scripts/benchSign.ts',
  'bench-publish': 'scripts/benchPublish.ts',
  'bench-heavy': 'scripts/benchHeavy.ts',
  'bench-soak': 'scripts/benchSoak.ts',
  'bench-mail': 'scripts/benchMail.ts',
  rollback: 'site/server/rollback.ts',
  setup: null,
}

const say = (line) => console.log(`[vigil] ${line}`)

function fail(message, hint) {
  console.error(`\n[vigil] ✖ ${message}`)
  if (hint) console.error(`[vigil]   ${hint}`)
  process.exit(1)
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options })
  if (result.error) return { ok: false, error: result.error }
  return { ok: result.status === 0, status: result.status }
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])
}

function npmInstallTool(spec, purpose) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  say(`${purpose}: installing ${spec} from the npm registry into .tools/ (one time)…`)
  mkdirSync(toolsDir, { recursive: true })
  const pkgJson = path.join(toolsDir, 'package.json')
  if (!existsSync(pkgJson)) writeFileSync(pkgJson, '{ "private": true }\n')
  const result = run(npm, ['install', '--no-audit', '--no-fund', '--save-exact', '--prefix', toolsDir, spec])
  if (!result.ok) {
    fail(
      `Could not install ${spec} from the npm registry.`,
      `Check that the npm registry is reachable (npm ping), or install Node ≥ ${MIN_NODE_LABEL} and run this again.`,
    )
  }
}

function ensureNode() {
  if (nodeIsRecentEnough(process.version)) return process.execPath
  const pkg = `node-${process.platform}-${process.arch}`
  const bin = path.join(toolsDir, 'node_modules', pkg, 'bin', 'node')
  const installed = existsSync(bin) && spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim()
  if (installed === `v${NODE_VERSION}`) return bin
  say(`System Node ${process.version} is older than ${MIN_NODE_LABEL}; Vigil runs on Node ${NODE_VERSION}.`)
  npmInstallTool(`${pkg}@${NODE_VERSION}`, 'Node')
  if (!existsSync(bin)) {
    fail(
      `The npm registry has no Node build for ${process.platform}-${process.arch}.`,
      `Install Node ≥ ${MIN_NODE_LABEL} yourself.`,
    )
  }
  say(`Node ${NODE_VERSION} ready at ${path.relative(root, bin)}`)
  return bin
}

function ensurePnpm() {
  const cli = path.join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs')
  const pkgFile = path.join(toolsDir, 'node_modules', 'pnpm', 'package.json')
  if (existsSync(pkgFile) && JSON.parse(readFileSync(pkgFile, 'utf8')).version === PNPM_VERSION) return cli
  npmInstallTool(`pnpm@${PNPM_VERSION}`, 'pnpm')
  say(`pnpm ${PNPM_VERSION} ready`)
  return cli
}

// The workspace's packages, as pnpm-workspace.yaml lists them (plain names, one per line).
function workspacePackages() {
  const yaml = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')
  const list = /^packages:\n((?:\s+- .+\n)+)/m.exec(yaml)?.[1] ?? ''
  return [...list.matchAll(/- (.+)/g)].map((match) => match[1].trim())
}

// What decides whether dependencies must be installed again.
function dependencyFingerprint(nodeBin) {
  const hash = createHash('sha256')
  for (const file of [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    ...workspacePackages().map((d) => `${d}/package.json`),
  ]) {
    const full = path.join(root, file)
    hash.update(file).update(existsSync(full) ? readFileSync(full) : 'absent')
  }
  hash.update(nodeBin === process.execPath ? process.versions.node : NODE_VERSION)
  return hash.digest('hex')
}

function ensureDependencies(nodeBin, pnpmCli) {
  const stamp = path.join(root, 'node_modules', '.vigil-installed')
  const fingerprint = dependencyFingerprint(nodeBin)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    say('Dependencies up to date; skipping install.')
    return
  }
  const frozen = process.env.CI ? ['--frozen-lockfile'] : []
  say(`Installing dependencies with pnpm ${PNPM_VERSION}${frozen.length ? ' (frozen lockfile)' : ''}…`)
  const result = run(nodeBin, [pnpmCli, 'install', ...frozen], { env: toolchainEnv(nodeBin, pnpmCli) })
  if (!result.ok)
    fail('Installing dependencies failed (see pnpm output above).', 'Fix the cause and run the command again.')
  writeFileSync(stamp, fingerprint)
  say('Dependencies installed.')
}

// Children see Node 24 and pnpm first on PATH, whatever the system has.
function toolchainEnv(nodeBin, pnpmCli) {
  const shimDir = path.join(toolsDir, 'bin')
  mkdirSync(shimDir, { recursive: true })
  const shim = path.join(shimDir, 'pnpm')
  const body = `#!/bin/sh\nexec "${nodeBin}" "${pnpmCli}" "$@"\n`
  if (!existsSync(shim) || readFileSync(shim, 'utf8') !== body) writeFileSync(shim, body, { mode: 0o755 })
  const pathParts = [shimDir, path.dirname(nodeBin), path.join(root, 'node_modules', '.bin'), process.env.PATH]
  // npm here is set to build native addons against the system Node's headers: wrong for Node 24.
  const env = { ...process.env, PATH: pathParts.join(path.delimiter), VIGIL_ROOT: root }
  delete env.npm_config_nodedir
  delete env.NPM_CONFIG_NODEDIR
  return env
}

const task = process.argv[2]
if (!(task in TASKS)) fail(`Unknown task "${task}".`, `Use one of: ${Object.keys(TASKS).join(', ')}.`)

const nodeBin = ensureNode()
const pnpmCli = ensurePnpm()
ensureDependencies(nodeBin, pnpmCli)
if (TASKS[task]) {
  const entry = [TASKS[task]].flat()
  const result = run(nodeBin, [...entry, ...process.argv.slice(3)], { env: toolchainEnv(nodeBin, pnpmCli) })
  if (result.error) fail(`Could not run ${entry.join(' ')}: ${result.error.message}`)
  process.exit(result.status ?? 1)
}
