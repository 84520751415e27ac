/**
 * The layers and module boundaries of STYLE.md §1–2, checked by test/architecture.test.ts (so `npm test` fails on a
 * violation) and by hand with `npx depcruise src`.
 * Dependencies point one way: cli → compose → http, db → domain. The web app reaches the server only over HTTP.
 * @type {import('dependency-cruiser').IConfiguration}
 */

const TEST_FILE = '\\.test\\.ts$'

/** Packages the domain may use: pure maths, phone-number rules and UUIDv7, none with I/O. */
const DOMAIN_PACKAGES = [
  '^node_modules/@stdlib/math-base-special-(betaln|gammaln|hyp2f1)/',
  '^node_modules/libphonenumber-js/',
  '^node_modules/uuidv7/',
]

/** Test-only packages of domain unit tests. */
const DOMAIN_TEST_PACKAGES = ['^node_modules/(vitest|@vitest/[^/]+|fast-check)/']

/** Domain files that hash with node:crypto: PIN hashing (scrypt), session ids and request fingerprints (SHA-256). */
const DOMAIN_CRYPTO_USERS = ['^src/domain/staff/(pin|auth\\.service)\\.ts$', '^src/domain/orders/orders\\.service\\.ts$']

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle anywhere in src, type-only imports included: a cycle means two modules are one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'domain-stays-inside',
      comment: 'src/domain is plain TypeScript: it imports no db, http, web, cli or wiring code.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'domain-packages',
      comment: `src/domain imports only these packages: ${DOMAIN_PACKAGES.join(', ')}.`,
      severity: 'error',
      from: { path: '^src/domain/', pathNot: TEST_FILE },
      to: { path: '^node_modules/', pathNot: DOMAIN_PACKAGES },
    },
    {
      name: 'domain-test-packages',
      comment: 'Domain unit tests add only vitest and fast-check to the domain packages.',
      severity: 'error',
      from: { path: `^src/domain/.*${TEST_FILE}` },
      to: { path: '^node_modules/', pathNot: [...DOMAIN_PACKAGES, ...DOMAIN_TEST_PACKAGES] },
    },
    {
      name: 'domain-node-builtins',
      comment: 'No node: module in src/domain, but node:crypto where it hashes (tests may also read fixtures).',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: [TEST_FILE, ...DOMAIN_CRYPTO_USERS] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-crypto-only',
      comment: 'The files that hash use node:crypto and no other node: module.',
      severity: 'error',
      from: { path: DOMAIN_CRYPTO_USERS },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?crypto$' },
    },
    {
      name: 'domain-module-through-its-entry',
      comment:
        "A domain module reaches another only through its index.ts (public functions and types) or its ports.ts; domain/shared is open to all.",
      severity: 'error',
      from: { path: '^src/domain/([^/]+)/' },
      to: {
        path: '^src/domain/[^/]+/',
        pathNot: ['^src/domain/$1/', '^src/domain/[^/]+/(index|ports)\\.ts$', '^src/domain/shared/'],
      },
    },
    {
      name: 'no-fakes-in-production',
      comment: 'Production code never imports test/: the factories and fakes there serve tests only.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_FILE },
      to: { path: '^test/' },
    },
    {
      name: 'fakes-stay-in-the-domain',
      comment: 'test/factories.ts and test/fakes stand in for ports, so domain unit tests stay free of db, http and packages.',
      severity: 'error',
      from: { path: '^test/(factories\\.ts$|fakes/)' },
      to: { path: ['^src/', '^node_modules/'], pathNot: '^src/domain/' },
    },
    {
      name: 'web-reaches-domain-only-through-browser-entry',
      comment: 'The web app imports from src/domain only the browser-safe src/domain/browser.ts.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/domain/', pathNot: '^src/domain/browser\\.ts$' },
    },
    {
      name: 'web-reaches-server-only-over-http',
      comment: 'The web app imports no server code: db, http, cli, demo, bench or the wiring.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: ['^src/(db|http|cli|demo|bench)/', '^src/(compose|config|jobs|mail|server)\\.ts$'] },
    },
    {
      name: 'http-gets-db-through-compose',
      comment:
        'src/http takes database code as injected dependencies (compose → buildApp): it may name db types, not run db code.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-below-http-and-cli',
      comment: 'src/db implements the domain ports; it never imports http, web or cli code.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(http|web|cli)/' },
    },
    {
      name: 'http-below-cli',
      comment: 'src/http never imports the command line.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}
