import { usePolicies } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { ToastRegion } from '../../ui/toast.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { CounterLockForm } from './counter-lock-form.js'
import { PolicyEditor } from './policy-editor.js'
import { PageHead } from '../ui/page-head.js'

/** /console/policies: what staff and managers may give on their own, chain-wide and per location, with a live preview. */
export function PoliciesPage() {
  const policies = usePolicies()
  return (
    <>
      <PageHead
        title="Policies"
        lead="What people may give on their own, without asking. Anything past a limit is not refused: it goes to a manager’s phone to approve, and the counter keeps serving."
      />
      {policies.isError ? (
        <ErrorMessage error={policies.error} />
      ) : !policies.data ? (
        <div className={styles.placeholder} aria-busy="true" aria-label="Loading policies" />
      ) : (
        <>
          <PolicyEditor data={policies.data} />
          <CounterLockForm saved={policies.data.counter.lockAfterMinutes} />
        </>
      )}
      <ToastRegion className={policyStyles.toast} />
    </>
  )
}
