import type { EmpowermentPolicy } from '../api/wire.js'

/** For tests: the money the demo business writes in, and a barista's policy ($8.00 a gesture, $20.00 a day). */
export const usd = { currency: 'USD', locale: 'en-US' }

export const barista: EmpowermentPolicy = {
  role: 'staff',
  maxPerGestureMinor: 800,
  dailyBudgetMinor: 2_000,
  maxPerCustomer30dMinor: 1_500,
  allowedTypes: ['comp_item', 'discount', 'recovery_coupon', 'bonus_stamp', 'birthday'],
}
