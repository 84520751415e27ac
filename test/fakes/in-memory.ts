import type { AuditEvent, AuditPort } from '../../src/domain/audit/index.js'
import type { Customer, CustomersTxPort } from '../../src/domain/customers/index.js'
import type { Gesture, GesturesPort, PoliciesPort, EmpowermentPolicy } from '../../src/domain/empowerment/index.js'
import type { LiveEvent, LiveEventsPort } from '../../src/domain/live/index.js'
import type { StampEntry, StampsPort } from '../../src/domain/loyalty/index.js'
import type { OutboxMessage, OutboxTxPort } from '../../src/domain/outbox/index.js'
import type { SettingsPort } from '../../src/domain/shared/settings.js'
import type { StaffTxPort } from '../../src/domain/staff/index.js'
import type { TabAccount, TabApproval, TabEntry, TabsPort, TabStatement } from '../../src/domain/tabs/index.js'
import type { VisitsPort } from '../../src/domain/visit-model/index.js'
import { strictPort, type Rollbackable } from './strict.js'

/** Keeps plain rows in arrays and maps, and can hand back a copy to restore after a failed unit of work. */
abstract class Table<State> implements Rollbackable {
  protected abstract state: State
  snapshot(): unknown {
    return structuredClone(this.state)
  }
  restore(snapshot: unknown): void {
    this.state = structuredClone(snapshot) as State
  }
}

export class InMemoryAudit extends Table<{ events: AuditEvent[] }> {
  protected state = { events: [] as AuditEvent[] }
  get events(): readonly AuditEvent[] {
    return this.state.events
  }
  /** Actions in the order they were recorded. */
  actions(): string[] {
    return this.state.events.map((event) => event.action)
  }
  port(): AuditPort {
    return strictPort<AuditPort>('audit', { record: async (event) => void this.state.events.push(structuredClone(event)) })
  }
}

export class InMemoryLive extends Table<{ published: LiveEvent[] }> {
  protected state = { published: [] as LiveEvent[] }
  get published(): readonly LiveEvent[] {
    return this.state.published
  }
  port(): LiveEventsPort {
    return strictPort<LiveEventsPort>('live', { publish: async (event) => void this.state.published.push(structuredClone(event)) })
  }
}

export class InMemoryOutbox extends Table<{ messages: OutboxMessage[] }> {
  protected state = { messages: [] as OutboxMessage[] }
  get messages(): readonly OutboxMessage[] {
    return this.state.messages
  }
  port(): OutboxTxPort {
    return strictPort<OutboxTxPort>('outbox', { enqueue: async (message) => void this.state.messages.push(structuredClone(message)) })
  }
}

export class InMemorySettings extends Table<{ values: Record<string, unknown> }> {
  protected state = { values: {} as Record<string, unknown> }
  constructor(values: Record<string, unknown> = {}) {
    super()
    this.state.values = structuredClone(values)
  }
  port(): SettingsPort {
    return strictPort<SettingsPort>('settings', {
      get: async <T>(key: string) => structuredClone(this.state.values[key]) as T | undefined,
      set: async (key, value) => void (this.state.values[key] = structuredClone(value)),
    })
  }
}

/** Customers by id: enough for the row lock (true when the customer exists) and a look-up. */
export class InMemoryCustomers {
  private readonly customers = new Map<string, Customer>()
  constructor(...customers: Customer[]) {
    for (const customer of customers) this.customers.set(customer.id, customer)
  }
  port(): CustomersTxPort {
    return strictPort<CustomersTxPort>('customers', {
      lockForUpdate: async (id) => this.customers.has(id),
      findById: async (id) => this.customers.get(id),
    })
  }
}

export class InMemoryStaff {
  readonly locked: string[] = []
  port(): StaffTxPort {
    return strictPort<StaffTxPort>('staff', { lockForUpdate: async (id) => void this.locked.push(id) })
  }
}

/** Visit days per customer, as the tier rules count them. */
export class InMemoryVisits {
  constructor(private readonly days: Record<string, number> = {}) {}
  port(): VisitsPort {
    return strictPort<VisitsPort>('visits', { countVisitDays: async (customerId) => this.days[customerId] ?? 0 })
  }
}

export class InMemoryTabs extends Table<{ accounts: TabAccount[]; entries: TabEntry[]; approvals: TabApproval[]; statements: TabStatement[] }> {
  protected state = { accounts: [] as TabAccount[], entries: [] as TabEntry[], approvals: [] as TabApproval[], statements: [] as TabStatement[] }
  get accounts(): readonly TabAccount[] {
    return this.state.accounts
  }
  get entries(): readonly TabEntry[] {
    return this.state.entries
  }
  get approvals(): readonly TabApproval[] {
    return this.state.approvals
  }
  withApproval(approval: TabApproval): this {
    this.state.approvals.push(structuredClone(approval))
    return this
  }
  withAccount(account: TabAccount, entries: TabEntry[] = []): this {
    this.state.accounts.push(structuredClone(account))
    this.state.entries.push(...structuredClone(entries))
    return this
  }
  port(): TabsPort {
    const s = () => this.state
    return strictPort<TabsPort>('tabs', {
      accountForCustomer: async (customerId) => structuredClone(s().accounts.find((a) => a.customerId === customerId)),
      findAccount: async (id) => structuredClone(s().accounts.find((a) => a.id === id)),
      async saveAccount(account) {
        const at = s().accounts.findIndex((a) => a.id === account.id)
        if (at >= 0) s().accounts[at] = structuredClone(account)
        else s().accounts.push(structuredClone(account))
      },
      entries: async (accountId) => structuredClone(s().entries.filter((e) => e.accountId === accountId)),
      async insertEntry(entry) {
        // The database's unique index: one charge per order.
        if (entry.kind === 'charge' && s().entries.some((e) => e.kind === 'charge' && e.orderId === entry.orderId)) throw new Error('unique violation: one charge per order')
        s().entries.push(structuredClone(entry))
      },
      lastStatement: async (accountId) => structuredClone(s().statements.filter((st) => st.accountId === accountId).at(-1)),
      insertStatement: async (statement) => void s().statements.push(structuredClone(statement)),
      findStatement: async (id) => structuredClone(s().statements.find((st) => st.id === id)),
      insertApproval: async (approval) => void s().approvals.push(structuredClone(approval)),
      findApproval: async (id) => structuredClone(s().approvals.find((a) => a.id === id)),
      async decideApproval(id, decision) {
        // A guarded write, as in the database: only a pending request that has not lapsed.
        const approval = s().approvals.find((a) => a.id === id && a.status === 'pending' && a.expiresAt > decision.at)
        if (!approval) return false
        Object.assign(approval, { status: decision.status, decidedAt: decision.at, decidedBy: decision.by })
        return true
      },
    })
  }
}

export class InMemoryStamps extends Table<{ entries: StampEntry[] }> {
  protected state = { entries: [] as StampEntry[] }
  get entries(): readonly StampEntry[] {
    return this.state.entries
  }
  withEntries(...entries: StampEntry[]): this {
    this.state.entries.push(...structuredClone(entries))
    return this
  }
  port(): StampsPort {
    return strictPort<StampsPort>('stamps', {
      forCustomer: async (customerId) => structuredClone(this.state.entries.filter((e) => e.customerId === customerId)),
      insert: async (entry) => {
        // The database's unique indexes: one earn and one reversal per order.
        if ((entry.kind === 'earn' || entry.kind === 'reverse') && entry.orderId && this.state.entries.some((e) => e.kind === entry.kind && e.orderId === entry.orderId)) {
          throw new Error(`unique violation: one ${entry.kind} per order`)
        }
        this.state.entries.push(structuredClone(entry))
      },
    })
  }
}

export class InMemoryGestures extends Table<{ gestures: Gesture[] }> {
  protected state = { gestures: [] as Gesture[] }
  get gestures(): readonly Gesture[] {
    return this.state.gestures
  }
  withGestures(...gestures: Gesture[]): this {
    this.state.gestures.push(...structuredClone(gestures))
    return this
  }
  port(): GesturesPort {
    const sum = (keep: (g: Gesture) => boolean) => this.state.gestures.filter(keep).reduce((total, g) => total + g.valueMinor, 0)
    return strictPort<GesturesPort>('gestures', {
      insert: async (gesture) => void this.state.gestures.push(structuredClone(gesture)),
      sumGrantedByStaffSince: async (staffId, since) => sum((g) => g.staffId === staffId && g.requestedAt >= since && g.status === 'granted'),
      sumGivenToCustomerSince: async (customerId, since) => sum((g) => g.customerId === customerId && g.requestedAt >= since && (g.status === 'granted' || g.status === 'approved')),
    })
  }
}

/** Chain policies by role and per-location overrides. */
export class InMemoryPolicies {
  constructor(
    private readonly chain: Partial<Record<'staff' | 'manager', EmpowermentPolicy>> = {},
    private readonly overrides: Record<string, Partial<Record<'staff' | 'manager', EmpowermentPolicy>>> = {},
  ) {}
  port(): PoliciesPort {
    return strictPort<PoliciesPort>('policies', { find: async (role, locationId) => ({ chain: this.chain[role], override: this.overrides[locationId]?.[role] }) })
  }
}
