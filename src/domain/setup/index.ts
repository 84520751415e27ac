export { checkSetup, completeSetup, isSetUp, isTimeZone, type SetupInput } from './setup.service.js'
export type { SetupDeps, SetupRepos } from './ports.js'
