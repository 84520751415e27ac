import { LogOut } from 'lucide-react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import { LiveIndicator } from '../../ui/live-events.js'
import ui from '../../ui/ui.module.css'

async function signOut() {
  await call(client.DELETE('/session')).catch(() => undefined)
  queryClient.setQueryData(keys.session, null)
}

/** The right end of the console's and the manager's bars: whether the live feed is up, who is signed in, and the way out. */
export function SignedIn({ name, className, whoClassName }: { name: string; className?: string; whoClassName?: string }) {
  return (
    <div className={className}>
      <LiveIndicator />
      <span className={whoClassName}>{name}</span>
      <button type="button" className={ui.quiet} onClick={signOut}>
        <LogOut size={20} aria-hidden="true" />
        Sign out
      </button>
    </div>
  )
}
