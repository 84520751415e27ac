import { usePolicies } from '../../api/queries.js'
import { ToastRegion } from '../../ui/toast.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { CounterLockForm } from './counter-lock-form.js'
import { PolicyEditor } from './policy-editor.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

/** /console/policies: what staff and managers may give on their own, chain-wide and per location, with a live preview. */
export function PoliciesPage() {
  const policies = usePolicies()
  return (
    <>
      <PageHead
        title="Policies"
        lead="What people may give on their own, without asking. Anything past a limit is not refused: it goes to a manager’s phone to approve, and the counter keeps serving."
      />
      <Loaded query={policies} loading="Loading policies">
        {(data) => (
          <>
            <PolicyEditor data={data} />
            <CounterLockForm saved={data.counter.lockAfterMinutes} />
          </>
        )}
      </Loaded>
      <ToastRegion className={policyStyles.toast} />
    </>
  )
}
