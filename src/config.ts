import proxyAddr from '@fastify/proxy-addr'
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
  /** Which hops' X-Forwarded-For/-Proto to believe: false (none), true (all), a hop count, or addresses/CIDRs. */
  readonly trustProxy: boolean | number | string
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
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems)
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
    trustProxy,
  })
}

/**
 * TRUST_PROXY: unset or "false" trusts no one (the default: a stranger's X-Forwarded-For is ignored); "true" trusts
 * every hop; a number trusts that many hops; otherwise a comma-separated list of proxy addresses or CIDRs.
 */
export function parseTrustProxy(value: string | undefined, problems: string[] = []): boolean | number | string {
  const text = value?.trim() ?? ''
  if (text === '' || text === 'false' || text === '0') return false
  if (text === 'true') return true
  if (/^\d+$/.test(text)) return Number(text)
  const entries = text.split(',').map((entry) => entry.trim())
  try {
    // The library Fastify trusts the header with, so that what passes here is what it will accept.
    proxyAddr.compile(entries)
  } catch (error) {
    problems.push(`TRUST_PROXY must be true, false, a hop count, or proxy addresses/CIDRs (e.g. 10.0.0.0/8,loopback), got "${text}": ${(error as Error).message}`)
  }
  return entries.join(',')
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
