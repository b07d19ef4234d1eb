import type { DatabaseAdapterObj } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Client = SQLiteAdapter['client']

// Settings such as secure_delete belong to a connection, not to the database file, and libsql's
// local client opens a new connection each time it hands one to a transaction. The stock adapter
// configures only the first. This wraps the client the moment the adapter creates it, so that
// every connection it ever opens runs `statements` before its first statement of its own.
export function onEveryConnection(
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
  statements: readonly string[],
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      let client: Client | undefined
      Object.defineProperty(adapter, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (created: Client | undefined) => {
          client = created && configureConnections(created, statements)
        },
      })
      return adapter
    },
  }
}

function configureConnections(client: Client, statements: readonly string[]): Client {
  const execute = client.execute.bind(client)
  // Settled once the current connection is configured; cleared when the client moves on to a new one.
  let configured: Promise<void> | undefined
  const ready = () =>
    (configured ??= (async () => {
      for (const statement of statements) await execute(statement)
    })())
  for (const method of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    const original = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>
    Object.assign(client, {
      [method]: async (...args: unknown[]) => {
        await ready()
        return original(...args)
      },
    })
  }
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: Parameters<Client['transaction']>) => {
    await ready()
    const started = await transaction(...args)
    // The transaction keeps the configured connection; the client's next statement opens another.
    configured = undefined
    return started
  }
  return client
}
