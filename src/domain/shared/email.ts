/** Something@somewhere.tld: enough to catch a typo at the counter; the mail server has the last word. */
export const isEmailAddress = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
