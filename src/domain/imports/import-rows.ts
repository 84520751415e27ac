import { normalizePhone } from '../customers/index.js'
import { GESTURE_REASONS, GESTURE_TYPES, type GestureReason, type GestureType } from '../empowerment/index.js'
import { isEmailAddress } from '../shared/email.js'

/** What `usual import` reads: three CSV shapes keyed by `ref`, plus the CDNOW data set. */
export type ImportKind = 'customers' | 'orders' | 'gestures'

export const IMPORT_HEADERS: Record<ImportKind, readonly string[]> = {
  customers: ['ref', 'name', 'phone', 'email', 'birthday', 'household'],
  orders: ['ref', 'customer_ref', 'location', 'placed_at', 'total_minor', 'items'],
  gestures: ['ref', 'customer_ref', 'location', 'granted_at', 'type', 'reason', 'value_minor'],
}

export interface RowError {
  line: number
  column: string
  message: string
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] }

export interface CustomerImportRow {
  ref: string
  name: string
  phone: string | null
  email: string | null
  birthday: { month: number; day: number } | null
  household: string[]
}

export interface OrderImportRow {
  ref: string
  customerRef: string | null
  location: string
  placedAt: Date
  totalMinor: number
  items: { sku: string; quantity: number }[]
}

export interface GestureImportRow {
  ref: string
  customerRef: string
  location: string
  grantedAt: Date
  type: GestureType
  reason: GestureReason
  valueMinor: number
}

type Record_ = Record<string, string | undefined>

/** The headers a file lacks; extra columns are ignored. */
export function missingHeaders(kind: ImportKind, headers: string[]): string[] {
  return IMPORT_HEADERS[kind].filter((header) => !headers.includes(header))
}

class RowReader {
  readonly errors: RowError[] = []
  constructor(
    private readonly record: Record_,
    readonly line: number,
  ) {}

  text(column: string, { required = false, max = 200 } = {}): string | null {
    const value = (this.record[column] ?? '').trim()
    if (!value) {
      if (required) this.fail(column, 'is empty')
      return null
    }
    if (value.length > max) this.fail(column, `is longer than ${max} characters`)
    return value
  }

  integer(column: string, { min = 0 } = {}): number {
    const value = this.text(column, { required: true })
    if (value === null) return 0
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
      this.fail(column, `“${value}” is not a whole number${min === 0 ? ' ≥ 0' : ''}`)
      return 0
    }
    return Number(value)
  }

  instant(column: string): Date {
    const value = this.text(column, { required: true })
    const parsed = value && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : null
    if (value && (!parsed || Number.isNaN(parsed.getTime()))) this.fail(column, `“${value}” is not an ISO 8601 date and time`)
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date(0)
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.text(column, { required: true })
    if (value !== null && !allowed.includes(value as T)) this.fail(column, `“${value}” is not one of ${allowed.join(', ')}`)
    return value as T
  }

  fail(column: string, message: string): void {
    this.errors.push({ line: this.line, column, message })
  }

  result<T>(value: T): RowResult<T> {
    return this.errors.length > 0 ? { ok: false, errors: this.errors } : { ok: true, value }
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function parseCustomerRow(record: Record_, line: number, country: string): RowResult<CustomerImportRow> {
  const row = new RowReader(record, line)
  const ref = row.text('ref', { required: true, max: 100 })
  const name = row.text('name', { required: true, max: 80 })
  const phoneText = row.text('phone', { max: 40 })
  const phone = phoneText ? (normalizePhone(phoneText, country) ?? null) : null
  if (phoneText && !phone) row.fail('phone', `“${phoneText}” is not a phone number`)
  const email = row.text('email', { max: 254 })
  if (email && !isEmailAddress(email)) row.fail('email', `“${email}” is not an email address`)
  const birthdayText = row.text('birthday', { max: 5 })
  let birthday: CustomerImportRow['birthday'] = null
  if (birthdayText) {
    const match = /^(\d{2})-(\d{2})$/.exec(birthdayText)
    const month = Number(match?.[1])
    const day = Number(match?.[2])
    if (!match || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) row.fail('birthday', `“${birthdayText}” is not a birthday as MM-DD`)
    else birthday = { month, day }
  }
  const household = (row.text('household', { max: 1000 }) ?? '')
    .split(';')
    .map((person) => person.trim())
    .filter(Boolean)
  return row.result({ ref: ref!, name: name!, phone, email, birthday, household })
}

export function parseOrderRow(record: Record_, line: number): RowResult<OrderImportRow> {
  const row = new RowReader(record, line)
  const ref = row.text('ref', { required: true, max: 100 })
  const customerRef = row.text('customer_ref', { max: 100 })
  const location = row.text('location', { required: true, max: 80 })
  const placedAt = row.instant('placed_at')
  const totalMinor = row.integer('total_minor')
  const items: OrderImportRow['items'] = []
  for (const part of (row.text('items', { required: true, max: 2000 }) ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([^*]+?)(?:\*(\d+))?$/.exec(part)
    const quantity = Number(match?.[2] ?? 1)
    if (!match || quantity < 1 || quantity > 999) row.fail('items', `“${part}” is not SKU*quantity`)
    else items.push({ sku: match[1]!.trim(), quantity })
  }
  if (items.length === 0 && row.errors.every((error) => error.column !== 'items')) row.fail('items', 'has no items')
  return row.result({ ref: ref!, customerRef, location: location!, placedAt, totalMinor, items })
}

export function parseGestureRow(record: Record_, line: number): RowResult<GestureImportRow> {
  const row = new RowReader(record, line)
  const ref = row.text('ref', { required: true, max: 100 })
  const customerRef = row.text('customer_ref', { required: true, max: 100 })
  const location = row.text('location', { required: true, max: 80 })
  const grantedAt = row.instant('granted_at')
  const type = row.oneOf('type', GESTURE_TYPES)
  const reason = row.oneOf('reason', GESTURE_REASONS)
  const valueMinor = row.integer('value_minor')
  return row.result({ ref: ref!, customerRef: customerRef!, location: location!, grantedAt, type, reason, valueMinor })
}

export const describeRowError = (error: RowError) => `line ${error.line}, column ${error.column}: ${error.message}`
