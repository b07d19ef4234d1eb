import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../src/env'

const secrets = { PAYLOAD_SECRET: 'p'.repeat(64), WEBHOOK_SECRET: 'w'.repeat(64) }

describe('CMS environment', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    const env = parseEnv({ ...secrets })
    expect(env.databaseKind).toBe('sqlite')
    expect(env.sqliteFile).toMatch(/data\/vigil\.db$/)
  })

  it.each(['mongodb://localhost:27017/vigil?replicaSet=rs0', 'mongodb+srv://user:pw@cluster.example.net/vigil'])(
    'chooses MongoDB for %s',
    (url) => {
      expect(parseEnv({ ...secrets, DATABASE_URL: url }).databaseKind).toBe('mongodb')
    },
  )

  it('treats empty lines in .env as unset', () => {
    expect(parseEnv({ ...secrets, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }).ADMIN_EMAIL).toBeUndefined()
  })

  it('refuses an unsupported DATABASE_URL with one line naming what is accepted', () => {
    expect(() => parseEnv({ ...secrets, DATABASE_URL: 'postgres://localhost/vigil' })).toThrow(
      /DATABASE_URL must start with file: \(SQLite\) or mongodb/,
    )
  })

  it.each(['PAYLOAD_SECRET', 'WEBHOOK_SECRET'])('never runs without %s, and says how to get one', (name) => {
    expect(() => parseEnv({ ...secrets, [name]: undefined })).toThrow(
      new RegExp(`${name} is missing: run \`npm start\``),
    )
    expect(() => parseEnv({ ...secrets, [name]: '' })).toThrow(new RegExp(`${name} is missing`))
    expect(() => parseEnv({ ...secrets, [name]: 'short' })).toThrow(
      new RegExp(`${name} must be at least 32 characters`),
    )
  })
})
