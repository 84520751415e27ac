export type Role = 'staff' | 'manager' | 'owner'
export type Tier = 'new' | 'occasional' | 'regular' | 'vip'

export interface Location {
  id: string
  name: string
  timeZone: string
}

export interface StaffName {
  id: string
  firstName: string
}

export interface Actor {
  staffId: string
  firstName: string
  role: Role
  locationId: string
  timeZone: string
  country: string
}

export interface SearchResult {
  id: string
  displayName: string
  member: string | null
  phoneLast4: string | null
  tier: Tier
  matchedBy: 'phone' | 'card' | 'name'
}

export interface HouseholdMember {
  name: string
  relation?: string
  pronunciation?: string
}

export interface Customer {
  id: string
  displayName: string
  pronunciation: string | null
  phone: string | null
  phoneLast4: string | null
  email: string | null
  birthday: { month: number; day: number } | null
  household: HouseholdMember[]
  tags: string[]
  contactConsent: boolean
  cardCode: string
  createdAt: string
}

export interface CustomerInput {
  displayName: string
  phone?: string | null
  email?: string | null
  pronunciation?: string | null
}

export interface Note {
  id: string
  body: string
  staffName: string
  locationName: string
  createdAt: string
}

export interface UsualChoice {
  catalogItemId: string
  name: string
  modifiers: { id: string; name: string }[]
  orders: number
}

export interface OrderLine {
  catalogItemId: string
  name: string
  quantity: number
  unitPriceMinor: number
  lineTotalMinor: number
  modifiers: { id: string; name: string; priceMinor: number }[]
}

export interface Order {
  id: string
  locationId: string
  locationName: string
  customerId: string | null
  staffId: string | null
  status: 'paid' | 'tab'
  totalMinor: number
  placedAt: string
  lines: OrderLine[]
}

export interface GreetingCard {
  customer: Customer
  tier: Tier
  visits90: number
  lastVisit: { at: string; locationId: string; locationName: string; daysAgo: number } | null
  birthdayInDays: number | null
  notes: Note[]
  usual: {
    kind: 'usual' | 'favourites' | 'none'
    confidence: number | null
    choice: UsualChoice | null
    favourites: UsualChoice[]
  }
  recentOrders: Order[]
}

export interface CatalogItem {
  id: string
  sku: string
  name: string
  category: string
  priceMinor: number
  modifierGroups: string[]
}

export interface Modifier {
  id: string
  group: string
  name: string
  priceMinor: number
}

export interface Catalog {
  currency: string
  locale: string
  items: CatalogItem[]
  modifiers: Modifier[]
}

export interface OrderRequest {
  customerId?: string | null
  lines: { catalogItemId: string; quantity?: number; modifierIds?: string[] }[]
}
