import type { AstroIntegration } from 'astro'
import { sendBuildMessage } from './sendBuildMessage'

// Tells the rebuild server which phase the build is in and each page it renders (sendBuildMessage.ts).
// The phases after rendering are told by the integrations that run them (incrementalRelease.ts,
// searchIndex.ts).
export function buildProgress(): AstroIntegration {
  return {
    name: 'vigil-build-progress',
    hooks: {
      // Astro syncs the content collections, which reads the CMS, right after this hook.
      'astro:config:done': () => sendBuildMessage({ vigilBuild: 'phase', phase: 'fetching content' }),
      // Called once, as Vite starts bundling the pages.
      'astro:build:setup': () => sendBuildMessage({ vigilBuild: 'phase', phase: 'bundling' }),
      // Astro has no hook per page. Its prerenderer (the official way to take over rendering, meant
      // for adapters) is handed to us here: wrapped, it renders exactly as before and counts each
      // page as it is done. Without an adapter nothing else sets a prerenderer.
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          getStaticPaths: () => {
            sendBuildMessage({ vigilBuild: 'phase', phase: 'rendering pages' })
            return prerenderer.getStaticPaths()
          },
          render: async (request, options) => {
            const rendered = await prerenderer.render(request, options)
            sendBuildMessage({ vigilBuild: 'page' })
            return rendered
          },
        })),
    },
  }
}
