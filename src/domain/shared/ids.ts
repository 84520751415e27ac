import { uuidv7 } from 'uuidv7'

/** Issues identifiers; UUIDv7 sorts by creation time, which keeps indexes append-mostly. */
export interface Ids {
  next(): string
}

export const uuidV7Ids: Ids = { next: () => uuidv7() }
