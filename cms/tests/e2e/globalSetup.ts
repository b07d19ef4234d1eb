import type { TestProject } from 'vitest/node'
import { startThrowawayCms } from '../helpers/startCms'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: Record<string, string>
  }
}

export default async function setup(project: TestProject) {
  // The site's origin the tests speak for, whatever .env says.
  const cms = await startThrowawayCms({ SITE_URL: 'http://localhost:4321' })
  project.provide('cmsUrl', cms.url)
  project.provide('cmsEnv', cms.env)
  return cms.stop
}
