import { useEffect, useRef, useState } from 'react'
import { call, client } from '../../api/client.js'
import type { SearchResult } from '../../api/wire.js'

export const SEARCH_DEBOUNCE_MS = 120

export interface SearchState {
  /** The query these results answer; the rows of an older query stay until newer ones arrive. */
  query: string
  results: SearchResult[]
}

/**
 * Debounced customer search: each new query aborts the request before it (AbortController),
 * and the previous rows stay on screen until the new ones arrive, so nothing flickers.
 */
export function useCustomerSearch(query: string, onResults?: (state: SearchState) => void) {
  const [state, setState] = useState<SearchState | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [pending, setPending] = useState(false)
  const onResultsRef = useRef(onResults)
  onResultsRef.current = onResults

  useEffect(() => {
    const trimmed = query.trim()
    setError(null)
    if (!trimmed) {
      setState(null)
      setPending(false)
      return
    }
    setPending(true)
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const { results } = await call(client.GET('/customers', { params: { query: { q: trimmed } }, signal: controller.signal }))
        if (controller.signal.aborted) return
        const next = { query: trimmed, results }
        setState(next)
        setPending(false)
        onResultsRef.current?.(next)
      } catch (caught) {
        if (controller.signal.aborted) return
        setError(caught)
        setPending(false)
      }
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  return { state, error, pending }
}

/** A scan or a whole phone number names one customer: attach them without a tap. */
export function isDecisiveMatch({ query, results }: SearchState): boolean {
  const [only] = results
  if (!only || results.length !== 1) return false
  if (only.matchedBy === 'card') return true
  const digits = query.replace(/\D/g, '')
  return only.matchedBy === 'phone' && digits.length >= 10 && only.phoneLast4 !== null && digits.endsWith(only.phoneLast4)
}

export const looksLikePhone = (query: string): boolean => /^[+(]?[\d\s().-]+$/.test(query.trim()) && query.replace(/\D/g, '').length >= 3
