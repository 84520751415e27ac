import { createInterface } from 'node:readline/promises'
import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { completeSetup, isSetUp, type SetupInput } from '../../domain/setup/index.js'

export interface SetupOptions {
  business?: string
  currency?: string
  locale?: string
  location?: string
  timeZone?: string
  country?: string
  first?: string
  last?: string
}

/** Each answer: its flag, its question, and a default when one can be guessed. */
const QUESTIONS: { key: keyof SetupInput; flag: string; ask: string; guess?: () => string }[] = [
  { key: 'businessName', flag: '--business', ask: 'Business name' },
  { key: 'currency', flag: '--currency', ask: 'Currency (ISO code)', guess: () => 'USD' },
  { key: 'locale', flag: '--locale', ask: 'Language and region', guess: () => Intl.DateTimeFormat().resolvedOptions().locale || 'en-US' },
  { key: 'locationName', flag: '--location', ask: 'First location’s name' },
  { key: 'timeZone', flag: '--time-zone', ask: 'Its time zone (IANA)', guess: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' },
  { key: 'country', flag: '--country', ask: 'Its country (two letters)', guess: () => 'US' },
  { key: 'ownerFirstName', flag: '--first', ask: 'Your first name' },
  { key: 'ownerLastName', flag: '--last', ask: 'Your last name (optional)', guess: () => '' },
]

const FROM_OPTIONS: Record<keyof SetupOptions, keyof SetupInput> = {
  business: 'businessName',
  currency: 'currency',
  locale: 'locale',
  location: 'locationName',
  timeZone: 'timeZone',
  country: 'country',
  first: 'ownerFirstName',
  last: 'ownerLastName',
}

/**
 * `usual setup`: the first run from a terminal. Flags answer the questions; a terminal asks for the rest. The owner's PIN
 * comes from USUAL_OWNER_PIN or is asked for, never a flag (flags end up in the shell's history).
 */
export async function setupCommand(options: SetupOptions): Promise<void> {
  const config = loadConfig()
  const app = await compose(config.database)
  try {
    if (await isSetUp(app.deps)) {
      console.error('usual: this business is already set up. Staff, locations and the menu are in the console (/console).')
      process.exitCode = 1
      return
    }
    const input: Partial<SetupInput> = {}
    for (const [option, key] of Object.entries(FROM_OPTIONS) as [keyof SetupOptions, keyof SetupInput][]) {
      if (options[option] !== undefined) input[key] = options[option]
    }
    const pin = process.env.USUAL_OWNER_PIN
    if (pin !== undefined) input.pin = pin
    const missing = QUESTIONS.filter((question) => input[question.key] === undefined)
    if (missing.length > 0 || input.pin === undefined) {
      if (!process.stdin.isTTY) {
        const flags = missing.filter((question) => !question.guess).map((question) => question.flag)
        const names = [...flags, ...(input.pin === undefined ? ['USUAL_OWNER_PIN'] : [])]
        if (names.length > 0) {
          console.error(`usual: setup needs ${names.join(', ')} (no terminal to ask in).`)
          process.exitCode = 1
          return
        }
        for (const question of missing) input[question.key] = question.guess!()
      } else {
        const terminal = createInterface({ input: process.stdin, output: process.stdout })
        try {
          for (const question of missing) {
            const guess = question.guess?.()
            const answer = await terminal.question(guess ? `${question.ask} [${guess}]: ` : `${question.ask}: `)
            input[question.key] = answer.trim() || guess || ''
          }
          if (input.pin === undefined) input.pin = (await terminal.question('Your PIN (6 digits): ')).trim()
        } finally {
          terminal.close()
        }
      }
    }
    const done = await completeSetup(app.deps, input as SetupInput)
    const location = await app.deps.repos.locations.findById(done.locationId)
    console.log(`Set up ${input.businessName}: ${location?.name} (${location?.timeZone}), with ${input.ownerFirstName} as its owner.`)
    console.log('Start it with `usual serve`, open /counter on the counter tablet, tap your name and type your PIN.')
  } finally {
    await app.close()
  }
}
