import { useEffect, useState } from 'react'
import { isApiError } from '../api/client.js'

export type PublicLoad<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; missing: boolean; detail: string }

/** Loads what a public page shows from the API, once per key (its token or source); a 404 reads as a link we do not know. */
export function usePublic<T>(key: string, load: (signal: AbortSignal) => Promise<T>): PublicLoad<T> {
  const [state, setState] = useState<PublicLoad<T>>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
      .then((data) => setState({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setState({ state: 'error', missing: isApiError(error) && error.status === 404, detail: isApiError(error) ? error.detail : 'Something went wrong.' })
      })
    return () => controller.abort()
    // The loader is a new function each render; the key says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state
}
