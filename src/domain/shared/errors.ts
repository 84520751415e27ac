export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited'

/**
 * A rule the caller broke. Expected outcomes (a gesture that needs approval) are values, not errors.
 * @example throw new DomainError('conflict', 'customer.phone_taken', 'A customer with this phone already exists.', { customerId })
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError
