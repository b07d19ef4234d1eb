import type { Payload } from 'payload'
import sharp from 'sharp'

// A real 1×1 PNG, small enough to create as often as a test needs.
export const pixelPng = (name: string) => {
  const data = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )
  return { data, mimetype: 'image/png', name, size: data.length }
}

// A published, open action with a goal of 100; `data` overrides any field.
export function createPublishedAction(payload: Payload, slug: string, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'actions',
    data: {
      title: `Action ${slug}`,
      slug,
      status: 'open',
      summary: 'Tell them to stop.',
      targets: 'the government',
      goal: 100,
      consent: { text: 'Send me updates.' },
      _status: 'published',
      ...data,
    },
  })
}

// Minimal documents of each kind, created with full access, for access tests to act upon.
export async function createFixtures(payload: Payload) {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'A brown rectangle', credit: 'Test fixture' },
    file: { data: png, mimetype: 'image/png', name: `fixture-${Date.now()}.png`, size: png.length },
  })
  const stamp = Date.now()
  const topic = await payload.create({ collection: 'topics', data: { name: `Topic ${stamp}`, slug: `topic-${stamp}` } })
  const author = await payload.create({
    collection: 'authors',
    data: { name: `Author ${stamp}`, slug: `author-${stamp}` },
  })
  const action = await createPublishedAction(payload, `action-${stamp}`)
  const draftAction = await payload.create({
    collection: 'actions',
    draft: true,
    data: { title: `Draft action ${Date.now()}`, summary: 'Not yet.', targets: 'x', goal: 10, consent: { text: 'y' } },
  })
  const post = await payload.create({
    collection: 'posts',
    data: {
      title: `Published post ${stamp}`,
      slug: `published-post-${stamp}`,
      excerpt: 'Public lead',
      _status: 'published',
    },
  })
  const draftPost = await payload.create({
    collection: 'posts',
    draft: true,
    data: { title: `Draft post ${Date.now()}`, excerpt: 'Secret plans' },
  })
  const signature = await payload.create({
    collection: 'signatures',
    data: {
      action: action.id,
      name: 'Rana Haddad',
      email: 'Rana.Haddad@example.org',
      emailKey: `rana.haddad-${Date.now()}@example.org`,
      country: 'CA',
      consentToUpdates: false,
    },
  })
  return { media, topic, author, action, draftAction, post, draftPost, signature }
}
