/**
 * A fake port that implements only what a use case calls: any other method throws, naming itself, so a test never
 * passes by reading `undefined` from a port nobody faked.
 *
 * @example
 * const visits = strictPort<VisitsPort>('visits', { countVisitDays: async () => 3 })
 */
export function strictPort<T extends object>(name: string, impl: Partial<T> = {}): T {
  return new Proxy(impl as T, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return Reflect.get(target, key, receiver)
      if (key in target) return Reflect.get(target, key, receiver)
      return () => {
        throw new Error(`fake ${name}.${key} is not implemented: fake it in the test that needs it`)
      }
    },
  })
}

/** A fake whose writes a transaction can take back: fakeDeps snapshots it before a unit of work and restores it on a throw. */
export interface Rollbackable {
  snapshot(): unknown
  restore(snapshot: unknown): void
}

export const isRollbackable = (value: unknown): value is Rollbackable =>
  typeof value === 'object' && value !== null && typeof (value as Rollbackable).snapshot === 'function' && typeof (value as Rollbackable).restore === 'function'
