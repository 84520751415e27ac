export type Role = 'staff' | 'manager' | 'owner'
export const ROLES: readonly Role[] = ['staff', 'manager', 'owner']

/** The signed-in staff member a request acts for, scoped to the location they signed in at. */
export interface Actor {
  staffId: string
  firstName: string
  role: Role
  locationId: string
  timeZone: string
  country: string
  sessionId: string
}
