import { resolve } from 'node:path'

export type DatabaseConfig =
  | {
      dialect: 'sqlite'
      file: string
      /** SQLite's own page cache; the default 64 MB keeps a small business's indexes in memory. */
      cacheMb?: number
    }
  | { dialect: 'postgres'; url: string }

export interface Config {
  readonly database: DatabaseConfig
  readonly dataDir: string
  readonly port: number
  readonly host: string
  readonly smtpUrl: string | undefined
  readonly mailFrom: string
  readonly logLevel: string
  readonly publicUrl: string | undefined
  readonly demo: boolean
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Bad configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Reads the environment once; every bad variable is named in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = []
  const dataDir = resolve(env.DATA_DIR ?? './data')
  const database = parseDatabaseUrl(env.DATABASE_URL ?? `sqlite:${dataDir}/usual.db`, problems)
  if (env.SQLITE_CACHE_MB !== undefined && database?.dialect === 'sqlite') {
    const cacheMb = Number(env.SQLITE_CACHE_MB)
    if (!Number.isInteger(cacheMb) || cacheMb < 2) problems.push(`SQLITE_CACHE_MB must be a whole number of megabytes (2 or more), got "${env.SQLITE_CACHE_MB}"`)
    else database.cacheMb = cacheMb
  }
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`PORT must be a port number, got "${env.PORT}"`)
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  const smtpUrl = env.SMTP_URL || undefined
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push(`SMTP_URL must start with smtp:// or smtps://`)
  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    database: database!,
    dataDir,
    port,
    host: env.HOST ?? '127.0.0.1',
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Usual <no-reply@localhost>',
    logLevel,
    publicUrl: env.PUBLIC_URL || undefined,
    demo: env.USUAL_DEMO !== '0',
  })
}

export function parseDatabaseUrl(url: string, problems: string[] = []): DatabaseConfig | undefined {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgres', url }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length)
    if (!file) problems.push('DATABASE_URL sqlite: needs a path, e.g. sqlite:./data/usual.db')
    return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file) }
  }
  problems.push(`DATABASE_URL must be sqlite:PATH or postgres://…, got "${url}"`)
  return undefined
}
