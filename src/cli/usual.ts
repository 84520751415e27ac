import { Command, InvalidArgumentError } from 'commander'
import { ConfigError } from '../config.js'
import { isDomainError } from '../domain/shared/errors.js'

const integer = (name: string, min = 0) => (value: string) => {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < min) throw new InvalidArgumentError(`${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ''}.`)
  return parsed
}

const program = new Command()
  .name('usual')
  .description('Usual: recognise regulars, empower the counter, close the loop, prove what goodwill earns.')
  .showHelpAfterError()

program
  .command('serve')
  .description('Start the app (migrates, and loads demo data on first start unless USUAL_DEMO=0)')
  .option('-p, --port <port>', 'port to listen on (default $PORT or 3000)', integer('port'))
  .option('--host <host>', 'address to listen on (default $HOST or 127.0.0.1)')
  .option('--open', 'open the browser once the app is up')
  .action(async (options) => (await import('./commands/serve.js')).serve(options))

program
  .command('setup')
  .description('The first run without demo data: the business, its first location and its owner (PIN from USUAL_OWNER_PIN or asked)')
  .option('--business <name>', 'business name')
  .option('--currency <code>', 'currency, e.g. USD, EUR, GBP')
  .option('--locale <tag>', 'language and region, e.g. en-US')
  .option('--location <name>', 'the first location’s name')
  .option('--time-zone <zone>', 'its IANA time zone, e.g. America/New_York')
  .option('--country <cc>', 'its country, e.g. US')
  .option('--first <name>', 'the owner’s first name')
  .option('--last <name>', 'the owner’s last name')
  .action(async (options) => (await import('./commands/setup.js')).setupCommand(options))

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .option('--down', 'undo the most recent migration instead')
  .action(async (options) => (await import('./commands/migrate.js')).migrate(options))

program
  .command('demo')
  .description('Load deterministic demo data: 3 locations, staff of each role, a café catalog, customers with 6 months of visits')
  .option('--customers <n>', 'number of customers', integer('--customers', 1), 2000)
  .option('--seed <s>', 'random seed', integer('--seed'), 42)
  .option('--json', 'print locations and staff (with PINs) as JSON')
  .option('--reset', 'wipe the database first')
  .action(async (options) => (await import('./commands/demo.js')).demo(options))

program
  .command('import')
  .description('Import customers, orders or gestures from CSV (all or nothing; re-running changes nothing), or the CDNOW data set')
  .argument('<what>', 'customers | orders | gestures | cdnow')
  .argument('<file>', 'the CSV (or CDNOW text) file')
  .option('--skip-bad', 'import the good rows and list the bad ones, instead of importing nothing')
  .option('--time-zone <zone>', 'IANA time zone for locations the import creates')
  .option('--country <cc>', 'country for phone numbers without a country code (default: the first location’s)')
  .action(async (what, file, options) => (await import('./commands/import.js')).importCommand(what, file, options))

program
  .command('export')
  .description('Write customers.csv, orders.csv and gestures.csv in the shapes `usual import` reads')
  .option('--dir <dir>', 'folder to write to', './export')
  .action(async (options) => (await import('./commands/export.js')).exportCommand(options))

program
  .command('backup')
  .description('A consistent online backup while the app runs (SQLite backup API; pg_dump on PostgreSQL)')
  .argument('<file>', 'where to write the backup')
  .action(async (file) => (await import('./commands/backup.js')).backupCommand(file))

program
  .command('insights')
  .description('Insights: bgnbd (the visit model behind lapsing regulars) or goodwill (what gestures earn against matched controls)')
  .argument('<which>', 'bgnbd | goodwill')
  .option('--from <date>', 'goodwill: first gesture day (default: 90 days before --to)')
  .option('--to <date>', 'goodwill: last gesture day (default: the last day whose window has ended)')
  .option('--window <days>', 'goodwill: 7, 30 or 90 days to come back in', '30')
  .option('--samples <n>', 'goodwill: bootstrap resamples (default 1000)')
  .option('--calibration-end <date>', 'last day of data to learn from (YYYY-MM-DD; default: the latest visit)')
  .option('--time-unit <unit>', 'day or week', 'week')
  .option('--json', 'print JSON')
  .action(async (which, options) => (await import('./commands/insights.js')).insightsCommand(which, options))

program
  .command('bench')
  .description('Benchmarks that print figures against targets: lookup, gestures, import, bgnbd, instances')
  .argument('[which]', 'lookup | gestures | import | bgnbd | instances', 'lookup')
  .option('--customers <n>', 'customers to seed', integer('--customers', 1))
  .option('--orders <n>', 'orders to seed', integer('--orders', 0))
  .option('--duration <s>', 'seconds per measured run', integer('--duration', 1))
  .option('--rate <r>', 'requests per second offered', integer('--rate', 1))
  .action(async (which, options) => (await import('./commands/bench.js')).bench(which, options))

try {
  await program.parseAsync()
} catch (error) {
  if (error instanceof ConfigError || isDomainError(error)) {
    console.error(`usual: ${error.message}`)
    process.exit(1)
  }
  throw error
}
