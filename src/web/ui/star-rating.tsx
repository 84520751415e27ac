import { Star } from 'lucide-react'
import stars from './stars.module.css'

/** A 1–5 rating as five stars, read out as "4 of 5 stars". */
export function StarRating({ rating }: { rating: number }) {
  return (
    <span className={stars.rating} role="img" aria-label={`${rating} of 5 stars`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} size={16} aria-hidden="true" className={n <= rating ? stars.starOn : stars.starOff} />
      ))}
    </span>
  )
}
