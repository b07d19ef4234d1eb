import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'
import { catalogue, inLocale, type Locale, localeInfo, pathsIn, sitePaths } from '@vigil/shared'
import { getPosts, getSite, siteLocales } from '../../lib/content'
import { langParam } from '../../lib/language'

// One feed per language, of the posts published in it.
export const getStaticPaths = (async () =>
  (await siteLocales()).map((locale) => ({
    params: { lang: langParam(locale) },
    props: { locale },
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  const [posts, settings] = await Promise.all([getPosts(locale), getSite(locale)])
  const paths = pathsIn(locale)
  return rss({
    title: settings.name,
    description: settings.tagline ?? catalogue(locale).site.rssDescription(settings.name),
    site: new URL(inLocale(locale, sitePaths.home()), site!).toString(),
    customData: `<language>${localeInfo(locale).intl}</language>`,
    items: posts.map((post) => ({
      title: post.title,
      link: paths.post(post.slug),
      pubDate: new Date(post.publishedAt!),
      description: post.excerpt ?? undefined,
    })),
  })
}
