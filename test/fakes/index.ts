export { fakeDeps, sequentialIds, TEST_NOW } from './fake-deps.js'
export { InMemoryAudit, InMemoryCustomers, InMemoryGestures, InMemoryLive, InMemoryOutbox, InMemoryPolicies, InMemorySettings, InMemoryStaff, InMemoryStamps, InMemoryTabs, InMemoryVisits } from './in-memory.js'
export { isRollbackable, strictPort, type Rollbackable } from './strict.js'
export { InMemoryImports, recordsSource } from './in-memory-imports.js'
