import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cmsDir, root } from '@vigil/tools/paths'
import { run } from '@vigil/tools/processes'

const GENERATED = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
const migrationsDir = path.join(cmsDir, 'src', 'migrations')

// Generated types and import map must match the config, and the config must have its migration:
// `npm start` builds the production database from migrations, not from the config.
export async function checkGeneratedFiles(env: NodeJS.ProcessEnv): Promise<string[]> {
  const problems: string[] = []
  const before = new Map(GENERATED.map((file) => [file, readFileSync(path.join(cmsDir, file), 'utf8')]))
  for (const command of ['generate:types', 'generate:importmap']) {
    const code = await run('pnpm', ['exec', 'payload', command], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (code !== 0) problems.push(`payload ${command} failed`)
  }
  for (const [file, content] of before) {
    const after = readFileSync(path.join(cmsDir, file), 'utf8')
    if (after !== content)
      problems.push(`cms/${file} was out of date with the config; it has been regenerated: commit it`)
  }

  // The country names are generated from ICU once and fixed (shared/scripts/generateCountries.ts).
  const countryNames = path.join(root, 'shared', 'src', 'countryNames.ts')
  const namesBefore = readFileSync(countryNames, 'utf8')
  const generated = await run('pnpm', ['--dir', 'shared', 'generate:countries'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (generated !== 0) problems.push('generating the country names failed')
  else if (readFileSync(countryNames, 'utf8') !== namesBefore)
    problems.push('shared/src/countryNames.ts was out of date with the languages; it has been regenerated: commit it')

  const migrationsBefore = new Set(readdirSync(migrationsDir))
  const indexFile = path.join(migrationsDir, 'index.ts')
  const index = readFileSync(indexFile, 'utf8')
  await run('pnpm', ['exec', 'payload', 'migrate:create', 'schema-check', '--skip-empty'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const added = readdirSync(migrationsDir).filter((file) => !migrationsBefore.has(file))
  if (added.length) {
    for (const file of added) rmSync(path.join(migrationsDir, file))
    if (existsSync(indexFile)) writeFileSync(indexFile, index)
    problems.push('the content model changed without a migration: run `pnpm --dir cms payload migrate:create <name>`')
  }
  return problems
}
