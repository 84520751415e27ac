import { describe, expect, it } from 'vitest'
import { feedbackFieldError } from './feedback-words.js'

describe('feedbackFieldError', () => {
  it('turns a schema refusal into words for the field it names', () => {
    expect(feedbackFieldError({ code: 'request.invalid', field: 'email', detail: 'email: must match format "email"' })).toEqual({
      field: 'email',
      message: 'That email address does not look right. Check it, or leave it empty.',
    })
  })

  it('asks the customer to wait when their network sent too many', () => {
    expect(feedbackFieldError({ code: 'request.rate_limited', field: undefined, detail: 'Too many requests.' }).message).toMatch(/^Many messages came from this network/)
  })

  it('keeps the server’s words for a rule, marking its field', () => {
    expect(feedbackFieldError({ code: 'feedback.unknown_staff', field: 'staffId', detail: 'Pick one of the names shown, or “Not sure”.' })).toEqual({
      field: 'staffId',
      message: 'Pick one of the names shown, or “Not sure”.',
    })
  })
})
