import type { ApiError } from '../api/client.js'

const FIELD_WORDS: Record<string, string> = {
  kind: 'Choose praise, a problem or an idea.',
  rating: 'A rating is 1 to 5 stars.',
  text: 'Tell us in a few words (up to 2,000 characters).',
  staffId: 'Pick one of the names shown, or “Not sure”.',
  email: 'That email address does not look right. Check it, or leave it empty.',
}

/** A refused submission in the customer's words, with the field to mark. */
export function feedbackFieldError(error: Pick<ApiError, 'code' | 'field' | 'detail'>): { field: string | null; message: string } {
  if (error.code === 'request.rate_limited') return { field: null, message: 'Many messages came from this network just now. Wait a minute, then send again.' }
  const field = error.field && FIELD_WORDS[error.field] ? error.field : null
  if (error.code === 'request.invalid') return { field, message: field ? FIELD_WORDS[field]! : 'Something in the form is not right. Check it and send again.' }
  return { field, message: error.detail }
}
