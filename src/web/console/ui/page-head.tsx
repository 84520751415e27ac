import type { ReactNode } from 'react'
import styles from '../console.module.css'

interface PageHeadProps {
  title: string
  /** Where the page looks (a location, all of them) and how much it lists, beside the title. */
  scope?: ReactNode
  /** A link or button for the whole page, such as a download. */
  actions?: ReactNode
  /** One or two sentences under the title: what the page is for. */
  lead?: ReactNode
}

/** The top of a console page: its title, what it covers, and what it is for. */
export function PageHead({ title, scope, actions, lead }: PageHeadProps) {
  return (
    <>
      <div className={styles.pageHead}>
        <h1 className={styles.title}>{title}</h1>
        {scope !== undefined && scope !== false && <p className={styles.scope}>{scope}</p>}
        {actions}
      </div>
      {lead && <p className={styles.lead}>{lead}</p>}
    </>
  )
}
