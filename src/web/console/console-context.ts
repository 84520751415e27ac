import { createContext, useContext } from 'react'
import type { Actor, Location } from '../api/wire.js'
import type { MoneyFormat } from '../format.js'

export interface ConsoleScope {
  actor: Actor
  owner: boolean
  /** The location the console looks at; "" means all of them (owners only). */
  locationId: string
  /** "Main St", or "All locations". */
  scopeName: string
  locations: Location[]
  money: MoneyFormat
  /** The zone to show times in: the chosen location's, or the owner's own when looking at all. */
  timeZone: string
}

export const ConsoleContext = createContext<ConsoleScope | null>(null)

/** The signed-in manager or owner and the location they are looking at; only inside the console shell. */
export function useConsole(): ConsoleScope {
  const scope = useContext(ConsoleContext)
  if (!scope) throw new Error('useConsole() is only for pages inside the console shell')
  return scope
}
