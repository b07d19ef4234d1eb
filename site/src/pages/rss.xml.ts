import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getPosts, getSite } from '../lib/content'
import { paths } from '../lib/urls'

export const GET: APIRoute = async ({ site }) => {
  const [posts, settings] = await Promise.all([getPosts(), getSite()])
  return rss({
    title: settings.name,
    description: settings.tagline ?? `Latest from ${settings.name}`,
    site: site!,
    items: posts.map((post) => ({
      title: post.title,
      link: paths.post(post.slug),
      pubDate: new Date(post.publishedAt!),
      description: post.excerpt ?? undefined,
    })),
  })
}
