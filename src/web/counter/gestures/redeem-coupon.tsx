import { useMutation } from '@tanstack/react-query'
import { Gift, TicketCheck } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import { readRedemption, type Redemption } from './redemption.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './redeem-coupon.module.css'
import { Sheet } from '../../ui/sheet.js'
import sheet from '../../ui/sheet.module.css'
import { useToast } from '../../ui/toast.js'
import ui from '../../ui/ui.module.css'

interface RedeemCouponProps {
  onClose(): void
  /** "You can still give a gesture within your limits": opens the gesture sheet. */
  onGesture(): void
}

/** "Redeem coupon" at the counter: type the code or scan the QR (a scanner types the link). */
export function RedeemCoupon({ onClose, onGesture }: RedeemCouponProps) {
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const [typed, setTyped] = useState('')
  const [typo, setTypo] = useState(false)
  const { show } = useToast()

  const redeem = useMutation({
    mutationFn: (body: Redemption) => call(client.POST('/coupons/redemption', { body })),
    onSuccess: (coupon) => {
      show(`Coupon redeemed: ${coupon.benefit}`)
      onClose()
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const read = readRedemption(typed)
    if (read === null) return
    if (read === 'typo') {
      setTypo(true)
      redeem.reset()
      return
    }
    setTypo(false)
    redeem.mutate(read)
  }

  const used = isApiError(redeem.error) && redeem.error.code === 'coupon.already_redeemed'
  const invalid = typo || (isApiError(redeem.error) && (redeem.error.code === 'coupon.typo' || redeem.error.code === 'coupon.not_found'))

  return (
    <Sheet title="Redeem a coupon" closable className={styles.dialog} onClose={onClose} onSubmit={submit}>
      <div className={ui.field}>
        <label htmlFor={inputId} className={ui.label}>
          Coupon code
        </label>
        <input
          id={inputId}
          className={`${ui.input} ${styles.code}`}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="7KQ4-9XM2-HT3B-C"
          value={typed}
          aria-invalid={invalid}
          aria-describedby={typo ? errorId : hintId}
          onChange={(event) => {
            setTyped(event.target.value)
            setTypo(false)
            if (redeem.error) redeem.reset()
          }}
          autoFocus
        />
        {typo ? (
          <p id={errorId} role="alert" className={ui.fieldError}>
            That code has a typo — check each character.
          </p>
        ) : (
          <p id={hintId} className={styles.hint}>
            Type the 13 characters on the coupon, or scan its QR code.
          </p>
        )}
      </div>
      {redeem.error ? (
        <ErrorMessage error={redeem.error}>
          {used && <span className={styles.next}> You can still give a gesture within your limits.</span>}
        </ErrorMessage>
      ) : null}
      <div className={sheet.foot}>
        {used && (
          <button
            type="button"
            className={ui.button}
            onClick={() => {
              onClose()
              onGesture()
            }}
          >
            <Gift size={24} aria-hidden="true" />
            Give a gesture
          </button>
        )}
        <button type="button" className={ui.button} onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className={ui.primary} disabled={!typed.trim() || redeem.isPending}>
          <TicketCheck size={24} aria-hidden="true" />
          {redeem.isPending ? 'Redeeming…' : 'Redeem'}
        </button>
      </div>
    </Sheet>
  )
}
