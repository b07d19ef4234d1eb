import type { TestProject } from 'vitest/node'
import { startThrowawayCms } from '../helpers/startCms'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: Record<string, string>
  }
}

export default async function setup(project: TestProject) {
  const cms = await startThrowawayCms()
  project.provide('cmsUrl', cms.url)
  project.provide('cmsEnv', cms.env)
  return cms.stop
}
