// Reads a sign request's body without ever holding more than the configured limit in memory.

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

export type BodyKind = 'json' | 'form'

export function bodyKind(contentType: string | null): BodyKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  throw new BodyError(415, 'Send the signature as application/json or application/x-www-form-urlencoded.')
}

interface BodySource {
  headers: Headers
  body: AsyncIterable<Uint8Array> | null
}

async function readCapped(request: BodySource, maxBytes: number): Promise<string> {
  const tooLarge = new BodyError(413, `The request body is larger than ${maxBytes} bytes.`)
  const declared = Number(request.headers.get('content-length'))
  if (declared > maxBytes) throw tooLarge
  if (!request.body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of request.body) {
    size += chunk.byteLength
    if (size > maxBytes) throw tooLarge
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function readSignBody(
  request: BodySource,
  kind: BodyKind,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const text = await readCapped(request, maxBytes)
  if (kind === 'form') return Object.fromEntries(new URLSearchParams(text))
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BodyError(400, 'The request body must be a JSON object.')
  }
  return parsed as Record<string, unknown>
}
