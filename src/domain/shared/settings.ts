/** Business-wide settings stored as JSON values by key. */
export interface SettingsPort {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
}

export interface BusinessSettings {
  name: string
  currency: string
  locale: string
  customerCareContact: string
}

export const DEFAULT_BUSINESS: BusinessSettings = {
  name: 'Usual Café',
  currency: 'USD',
  locale: 'en-US',
  customerCareContact: '',
}

/** The business settings with defaults for anything not set yet. */
export async function businessSettings(settings: SettingsPort): Promise<BusinessSettings> {
  return { ...DEFAULT_BUSINESS, ...(await settings.get<Partial<BusinessSettings>>('business')) }
}
