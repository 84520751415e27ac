import type { Answer } from '../../api/schema.js'
import { keys, queryClient } from '../../api/queries.js'

export type Menu = Answer<'/menu', 'get'>

export type MenuItem = Menu['items'][number]

export const KEY = ['menu'] as const

/** After any change: the console's menu and this screen's counter menu both refetch (other counters hear it live). */
export const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: KEY }), queryClient.invalidateQueries({ queryKey: keys.catalog })])

/** The field a problem names, so its words go under that input. */

export const groupsOf = (menu: Menu) => [...new Set(menu.modifiers.filter((modifier) => !modifier.archived).map((modifier) => modifier.group))]
