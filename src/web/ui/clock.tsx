import { useEffect, useState } from 'react'
import { formatClock } from '../format.js'

/** The wall clock in the location's zone, updated each minute. */
export function Clock({ timeZone, locale = navigator.language }: { timeZone: string; locale?: string }) {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000)
    return () => clearInterval(timer)
  }, [])
  return <time dateTime={now.toISOString()}>{formatClock(now, locale, timeZone)}</time>
}
