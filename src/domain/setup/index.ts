export { checkSetup, completeSetup, isSetUp, isTimeZone, type SetupInput } from './setup.service.js'
