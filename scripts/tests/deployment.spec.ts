import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { root } from '@vigil/tools/paths'

// No Docker engine runs where this project is developed, so the compose files are checked for
// the properties that keep signers' data in: what is published, who signs in, who runs.
interface Service {
  image?: string
  build?: { context?: string; dockerfile?: string }
  user?: string
  ports?: (string | { host_ip?: string; published?: string | number })[]
  command?: string[]
  entrypoint?: string[]
  environment?: Record<string, string>
  healthcheck?: { test?: string[] | string; disable?: boolean }
}
const read = (file: string) =>
  parse(readFileSync(path.join(root, file), 'utf8')) as { services: Record<string, Service> }
const compose = read('docker-compose.yml')
const forTests = read('docker-compose.tests.yml')
const services = Object.entries(compose.services)

// Where a published port listens on the host: an address before host:container, else everywhere.
function hostAddress(port: string | { host_ip?: string }): string {
  if (typeof port !== 'string') return port.host_ip ?? '0.0.0.0'
  const parts = port.split(':')
  return parts.length === 3 ? parts[0]! : '0.0.0.0'
}

// `${NAME:?message}`: compose refuses to start without it, and nothing has a default value.
const required = (value: string | undefined, name: string) => value?.includes(`\${${name}:?`) ?? false

describe('docker-compose.yml', () => {
  it('publishes MongoDB nowhere: it is reachable on the compose network only', () => {
    expect(compose.services.mongo?.ports ?? []).toEqual([])
  })

  it('publishes no port beyond the host’s loopback, in either file', () => {
    const published = [...services, ...Object.entries(forTests.services)].flatMap(([, service]) => service.ports ?? [])
    expect(published.length).toBeGreaterThan(0)
    for (const port of published) expect(hostAddress(port)).toBe('127.0.0.1')
  })

  it('makes MongoDB require a password from .env, with a key file for the replica set', () => {
    const mongo = compose.services.mongo!
    expect(required(mongo.environment?.MONGO_INITDB_ROOT_PASSWORD, 'MONGO_ROOT_PASSWORD')).toBe(true)
    expect(mongo.environment?.MONGO_INITDB_ROOT_USERNAME).toMatch(/^\$\{MONGO_ROOT_USERNAME/)
    expect(mongo.command).toContain('--keyFile')
    const keyFile = mongo.command![mongo.command!.indexOf('--keyFile') + 1]!
    // Generated when missing, readable by mongod alone (umask 277 leaves 400), in a subshell so
    // that mongod's own files keep the usual umask.
    expect(mongo.entrypoint?.join(' ')).toContain('(umask 277;')
    expect(mongo.entrypoint?.join(' ')).toContain(keyFile)
  })

  it('has the CMS sign in to MongoDB with those credentials', () => {
    const url = compose.services.cms?.environment?.DATABASE_URL ?? ''
    expect(url).toMatch(/^mongodb:\/\/\$\{MONGO_ROOT_USERNAME[^}]*\}:\$\{MONGO_ROOT_PASSWORD:\?[^}]*\}@mongo:27017\//)
    expect(url).toContain('authSource=admin')
  })

  it('takes every secret from .env and generates no admin password (it would land in the container log)', () => {
    const environment = compose.services.cms?.environment ?? {}
    for (const name of ['PAYLOAD_SECRET', 'WEBHOOK_SECRET', 'ADMIN_PASSWORD']) {
      expect(required(environment[name], name), name).toBe(true)
    }
  })

  it.each(services)('runs %s as a user other than root', (name, service) => {
    // The final stage's last USER line is who the image runs as.
    const dockerfile = service.build
      ? readFileSync(path.join(root, service.build.context ?? '.', service.build.dockerfile!), 'utf8')
      : ''
    const imageUser = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].at(-1)?.[1]
    for (const user of [service.user, imageUser].filter(Boolean)) expect(user).not.toMatch(/^(root|0)(:|$)/)
    expect(service.user ?? imageUser).toBeTruthy()
  })

  it.each(services)('checks the health of %s', (_name, service) => {
    expect(service.healthcheck?.disable).not.toBe(true)
    expect(service.healthcheck?.test?.length).toBeGreaterThan(0)
  })
})
