import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

const LOCALES_SUFFIX = '_locales'

// Every read of a localized field fetches a document's rows from its `<table>_locales` table by
// parent alone (one correlated subquery per document, every language at once). Payload gives those
// tables a unique index on (_locale, _parent_id) only, which SQLite cannot use for that lookup, so
// each document read scanned the whole table: at 5,000 posts, listing them with their slugs took
// 3 s per 1,000. An index led by _parent_id makes it a lookup.
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith(LOCALES_SUFFIX)) continue
    const indexName = `${name}_parent_idx`
    extendTable({ table, extraConfig: (columns) => ({ [indexName]: index(indexName).on(columns._parentID) }) })
  }
  return schema
}
