/** How long a manager has to answer a request to pass a limit (a gesture over budget, a charge over a tab's limit). */
export const APPROVAL_WINDOW_MS = 10 * 60_000
