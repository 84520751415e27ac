import { useEffect, useState } from 'react'
import { api, isApiError } from '../api/client.js'

export type PublicLoad<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; missing: boolean; detail: string }

/** Loads what a public page shows from the API, once per path; a 404 reads as a link we do not know. */
export function usePublic<T>(path: string): PublicLoad<T> {
  const [load, setLoad] = useState<PublicLoad<T>>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    api<T>(path, { signal: controller.signal })
      .then((data) => setLoad({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setLoad({ state: 'error', missing: isApiError(error) && error.status === 404, detail: isApiError(error) ? error.detail : 'Something went wrong.' })
      })
    return () => controller.abort()
  }, [path])
  return load
}
