import { CircleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { isApiError } from '../api/client.js'
import ui from './ui.module.css'

/** An error in plain words from the problem's detail, with the request id in small print. */
export function ErrorMessage({ error, children, id }: { error: unknown; children?: ReactNode; id?: string }) {
  const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : 'Something went wrong.'
  const requestId = isApiError(error) ? error.requestId : undefined
  return (
    <div className={ui.error} role="alert" id={id}>
      <CircleAlert size={24} aria-hidden="true" />
      <div>
        {detail}
        {children}
        {requestId && <small className={ui.errorRef}>Ref {requestId.slice(0, 8)}</small>}
      </div>
    </div>
  )
}
