import { useEffect } from 'react'
import { call, client } from '../api/client.js'
import type { StampCard } from '../api/wire.js'
import { formatDate, formatDateWithYear } from '../format.js'
import styles from './public.module.css'
import { usePublic } from './use-public.js'
import { Loaded } from './public-page.js'
import type { Answer } from '../api/schema.js'

const KIND_WORDS: Record<StampCard['history'][number]['kind'], string> = {
  earn: 'Stamp earned',
  bonus: 'Bonus stamp, on us',
  redeem: 'Reward redeemed',
  expire: 'Stamps expired',
  adjust: 'Corrected by the shop',
  reverse: 'Order cancelled',
}

/** A customer's own stamp card at /s/:token: the stamps, what a full card gives, and what happened to it. No name, no contact. */
export function StampCardPage({ token }: { token: string }) {
  const load = usePublic(token, (signal) => call(client.GET('/public/stamp-cards/{token}', { params: { path: { token } }, signal })))
  useEffect(() => {
    if (load.state === 'ready') document.title = `Stamp card · ${load.data.business}`
  }, [load])

  return (
    <Loaded load={load} missing={{ title: 'This card link is not valid', help: 'Check that the whole link was copied, or ask us at the counter.' }} failed="We could not load your card">
      {(card) => <Card card={card} />}
    </Loaded>
  )
}

function Card({ card }: { card: Answer<'/public/stamp-cards/{token}', 'get'> }) {
  const filled = card.ready > 0 ? card.required : card.stamps % card.required
  const locale = navigator.language || 'en-US'
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return (
    <main className={styles.page}>
      <article className={styles.card} aria-labelledby="card-business">
        <h1 id="card-business" className={styles.business}>
          {card.business}
        </h1>
        <p className={styles.benefit}>
          {card.stamps} of {card.required} stamps
        </p>
        <ol className={styles.stamps} aria-hidden="true">
          {Array.from({ length: card.required }, (_, index) => (
            <li key={index} className={index < filled ? styles.stampFull : styles.stampEmpty} />
          ))}
        </ol>
        <p className={styles.message}>
          {card.ready > 0 ? `Your reward is ready: ${card.reward}. Ask at the counter.` : `${card.toNext} more for ${card.reward}.`}
        </p>
        {card.nextExpiry && (
          <p className={styles.until}>
            {card.nextExpiry.qty} {card.nextExpiry.qty === 1 ? 'stamp expires' : 'stamps expire'} on {formatDateWithYear(card.nextExpiry.at, locale, timeZone)}
          </p>
        )}
        {card.history.length > 0 && (
          <section aria-labelledby="card-history">
            <h2 id="card-history" className={styles.historyTitle}>
              History
            </h2>
            <ul className={styles.history}>
              {card.history.map((entry, index) => (
                <li key={index}>
                  <span>{KIND_WORDS[entry.kind]}</span>
                  <span className="money">{entry.qty > 0 ? `+${entry.qty}` : entry.qty === 0 ? '0' : `−${-entry.qty}`}</span>
                  <time dateTime={entry.at}>{formatDate(entry.at, locale, timeZone)}</time>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </main>
  )
}
