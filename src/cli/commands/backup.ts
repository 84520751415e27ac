import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { loadConfig } from '../../config.js'

/** A consistent copy while the app runs: SQLite's online backup API, or pg_dump on PostgreSQL. */
export async function backupCommand(file: string): Promise<void> {
  const config = loadConfig()
  const target = resolve(file)
  if (existsSync(target)) {
    console.error(`usual backup: ${target} already exists; choose a new file name.`)
    process.exitCode = 1
    return
  }
  if (config.database.dialect === 'sqlite') {
    if (!existsSync(config.database.file)) {
      console.error(`usual backup: there is no database at ${config.database.file} yet.`)
      process.exitCode = 1
      return
    }
    const source = new SQLite(config.database.file, { readonly: true, fileMustExist: true })
    try {
      await source.backup(target)
    } finally {
      source.close()
    }
    console.log(`Backed up ${config.database.file} to ${target}.`)
    return
  }
  const url = config.database.url
  const code = await new Promise<number>((done) => {
    const child = spawn('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${url}`], { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', () => {
      console.error('usual backup: pg_dump is not installed (Debian: apt-get install postgresql-client).')
      done(1)
    })
    child.on('exit', (status) => done(status ?? 1))
  })
  if (code === 0) console.log(`Backed up the PostgreSQL database to ${target} (pg_restore reads it).`)
  process.exitCode = code
}
