import { applyStoredTheme } from './styles/theme.js'
import './styles/global.css'

applyStoredTheme()

/** Customers' pages (coupon, feedback, stamp card) load their own small bundle, with no counter code. */
const PUBLIC_PREFIXES = ['/c/', '/f/', '/s/', '/privacy']
const path = window.location.pathname
const isPublic = PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix) || path === prefix.replace(/\/$/, ''))
const root = document.getElementById('root')!

// One import() per bundle, each with its own chunks and style sheets.
const bundles = {
  public: () => import('./public/public-app.js'),
  app: () => import('./app.js'),
}
void bundles[isPublic ? 'public' : 'app']().then((module) => module.mount(root))
