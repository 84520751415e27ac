import { useMutation } from '@tanstack/react-query'
import { Heart } from 'lucide-react'
import { useId } from 'react'
import { call, client } from '../api/client.js'
import { keys, queryClient, useMyKudos } from '../api/queries.js'
import type { Answer } from '../api/schema.js'

/** Praise for the signed-in person they have not seen yet. */
type KudosNews = Answer<'/me/kudos', 'get'>[number]
import { ErrorMessage } from '../ui/error-message.js'
import { StarRating } from '../ui/star-rating.js'
import styles from './kudos-for-you.module.css'
import ui from '../ui/ui.module.css'

/** How many pieces of praise the card quotes; the rest are counted. */
const QUOTED = 3

/**
 * Praise that named the person now signed in, waiting for them at the counter between customers: what the customer
 * said (or the note their manager or owner added), until they tap "Thanks". Nothing shows when there is none.
 */
export function KudosForYou({ staffId, firstName }: { staffId: string; firstName: string }) {
  const news = useMyKudos(staffId)
  const titleId = useId()
  const seen = useMutation({
    mutationFn: (ids: string[]) => call(client.POST('/me/kudos/seen', { body: { ids } })),
    onSuccess: () => {
      queryClient.setQueryData(keys.myKudos(staffId), [])
      // More than a card's worth waiting: the next ones follow.
      void queryClient.invalidateQueries({ queryKey: keys.myKudos(staffId) })
    },
  })
  const kudos = news.data ?? []
  if (kudos.length === 0) return null
  const more = kudos.length - QUOTED
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        <Heart size={24} aria-hidden="true" className={styles.heart} />
        {kudos.length === 1 ? `Kudos from ${giver(kudos[0]!)}` : `${kudos.length} kudos for you, ${firstName}`}
      </h2>
      <ul className={styles.list}>
        {kudos.slice(0, QUOTED).map((item) => (
          <li key={item.id}>
            {item.words && <blockquote className={styles.words}>“{item.words}”</blockquote>}
            <p className={styles.who}>
              {item.rating !== null && <StarRating rating={item.rating} />}
              {whoSaid(item)}
            </p>
          </li>
        ))}
      </ul>
      {more > 0 && <p className={styles.who}>and {more} more</p>}
      {seen.isError && <ErrorMessage error={seen.error} />}
      <button type="button" className={ui.primary} onClick={() => seen.mutate(kudos.map((item) => item.id))} disabled={seen.isPending}>
        {seen.isPending ? 'Saving…' : 'Thanks!'}
      </button>
    </section>
  )
}

/** "a customer", "Priya", "the owner": who a single piece of kudos is from, for the heading. */
function giver(item: KudosNews): string {
  if (item.from === 'customer') return 'a customer'
  return item.giverName ?? (item.from === 'owner' ? 'the owner' : 'your manager')
}

function whoSaid(item: KudosNews): string {
  if (item.from === 'customer') return `A customer at ${item.locationName}`
  return `${item.giverName ?? (item.from === 'owner' ? 'The owner' : 'Your manager')}, ${item.from}`
}
