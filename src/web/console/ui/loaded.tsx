import type { ReactNode } from 'react'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from '../console.module.css'

interface LoadedProps<T> {
  /** A TanStack query, or anything with its data and error. */
  query: { data: T | undefined; error: unknown }
  /** What the busy placeholder says to a screen reader: "Loading staff". */
  loading: string
  children(data: T): ReactNode
}

/**
 * A console page's list once its data has come: the same placeholder while it loads, the problem if it did not.
 * Data already shown stays when a later refresh fails.
 */
export function Loaded<T>({ query, loading, children }: LoadedProps<T>) {
  if (query.data !== undefined) return children(query.data)
  if (query.error) return <ErrorMessage error={query.error} />
  return <div className={styles.placeholder} aria-busy="true" aria-label={loading} />
}
