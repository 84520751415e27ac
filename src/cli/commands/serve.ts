import { spawn } from 'node:child_process'
import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { isSetUp } from '../../domain/setup/index.js'
import { DEMO_SETTING, demoPins, seedDemo } from '../../demo/demo-data.js'
import { startServer } from '../../server.js'
import { progressBar } from '../progress.js'

export async function serve(options: { port?: number; host?: string; open?: boolean }): Promise<void> {
  const config = loadConfig()
  const app = await compose(config.database)
  if (config.demo && (await app.deps.repos.locations.list()).length === 0) {
    console.log('First start: loading demo data…')
    const bar = progressBar('customers')
    await seedDemo(app.db, app.deps, { customers: 2000, seed: 42, onProgress: bar.update })
    bar.stop()
  }
  const host = options.host ?? config.host
  const server = await startServer(app, config, { port: options.port ?? config.port, host })
  const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${server.port}`
  console.log(`\nUsual is serving ${url}  (counter ${url}/counter · API docs ${url}/docs)`)
  const demo = await app.deps.repos.settings.get<{ seed: number }>(DEMO_SETTING)
  if (demo) await printDemoPins(app, demo.seed)
  const firstRun = !(await isSetUp(app.deps))
  if (firstRun) console.log(`\nFirst run: open ${url}/setup to set up your business (or run \`usual setup\`).`)
  if (options.open && !process.env.CI && (process.env.DISPLAY || process.platform === 'darwin')) {
    spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [`${url}${firstRun ? '/setup' : '/counter'}`], { stdio: 'ignore', detached: true }).on('error', () => {}).unref()
  }
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function printDemoPins(app: Awaited<ReturnType<typeof compose>>, seed: number) {
  const pins = demoPins(seed)
  const locations = await app.deps.repos.locations.list()
  console.log('\nDemo data is loaded. Demo PINs (demo mode only):')
  const seen = new Set<string>()
  for (const location of locations) {
    const staff = (await app.deps.repos.staff.listForLocation(location.id)).filter((member) => member.homeLocationId === location.id)
    const line = staff
      .map((member) => {
        seen.add(member.id)
        return `${member.firstName} (${member.role}) ${pins[staffIndex(member.firstName)] ?? '?'}`
      })
      .join(' · ')
    console.log(`  ${location.name.padEnd(10)} ${line}`)
  }
}

const DEMO_FIRST_NAMES = ['Ann', 'Priya', 'Sam', 'Jo', 'Ali', 'Melissa', 'Ben', 'Chloe', 'Omar', 'Lena', 'Nina']
const staffIndex = (firstName: string) => DEMO_FIRST_NAMES.indexOf(firstName)
