import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('defaults to the SQLite file under ./data with the default page cache', () => {
    const config = loadConfig({})
    expect(config.database).toMatchObject({ dialect: 'sqlite' })
    expect(config.database.dialect === 'sqlite' && config.database.file.endsWith('/data/usual.db')).toBe(true)
    expect(config.database.dialect === 'sqlite' && config.database.cacheMb).toBeUndefined()
    expect(config.port).toBe(3000)
  })

  it('takes SQLite’s page cache size in megabytes', () => {
    expect(loadConfig({ SQLITE_CACHE_MB: '2048' }).database).toMatchObject({ dialect: 'sqlite', cacheMb: 2048 })
  })

  it('names every bad variable in one error', () => {
    let error: unknown
    try {
      loadConfig({ SQLITE_CACHE_MB: 'lots', PORT: '99999', DATABASE_URL: 'sqlite:./x.db' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      'SQLITE_CACHE_MB must be a whole number of megabytes (2 or more), got "lots"',
      'PORT must be a port number, got "99999"',
    ])
  })

  it('leaves PostgreSQL’s memory to PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', SQLITE_CACHE_MB: '512' }).database).toEqual({ dialect: 'postgres', url: 'postgres://u:p@h/db' })
  })
})
