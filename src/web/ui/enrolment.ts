/** The tablet's location, chosen once by a manager ("Enrol this tablet") and kept on the device. */
const KEY = 'usual.locationId'

export function enrolledLocationId(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function enrol(locationId: string): void {
  localStorage.setItem(KEY, locationId)
}

export function unenrol(): void {
  localStorage.removeItem(KEY)
}
