export { checkSetup, completeSetup, isSetUp, type SetupInput } from './setup.service.js'
export { isTimeZone } from '../shared/instant.js'
export type { SetupDeps, SetupRepos } from './ports.js'
