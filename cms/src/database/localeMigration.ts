import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Moving values between a table and its `_locales` table (one row per document and language),
// for migrations that localize fields. Payload's generated migrations create the locale tables and
// drop the old columns but carry no data across; these carry it.

type Db = MigrateUpArgs['db']

const columnList = (columns: readonly string[]) =>
  sql.join(
    columns.map((column) => sql.identifier(column)),
    sql`, `,
  )

/** Copies `columns` of every row of `table` into its `<table>_locales` row for `locale`. */
export async function copyIntoLocale(db: Db, table: string, columns: readonly string[], locale: string) {
  await db.run(sql`
    INSERT INTO ${sql.identifier(`${table}_locales`)} (${columnList(columns)}, "_locale", "_parent_id")
    SELECT ${columnList(columns)}, ${locale}, "id" FROM ${sql.identifier(table)}`)
}

/** The way back: `columns` of `table` take the values of its `<table>_locales` row for `locale`. */
export async function copyFromLocale(db: Db, table: string, columns: readonly string[], locale: string) {
  await db.run(sql`
    UPDATE ${sql.identifier(table)} SET (${columnList(columns)}) = (
      SELECT ${columnList(columns)} FROM ${sql.identifier(`${table}_locales`)} AS "l"
      WHERE "l"."_parent_id" = ${sql.identifier(table)}."id" AND "l"."_locale" = ${locale})`)
}
