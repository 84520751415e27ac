export type { TabReads, TabsDeps, TabsPort, TabsRepos, TabsTxRepos } from './ports.js'
export { decideCharge, tabBalance, TAB_ENTRY_KINDS, withTabLapse, type ChargeDecision, type TabAccount, type TabApproval, type TabEntry, type TabEntryKind, type TabKind, type TabStatement } from './tab.js'
export {
  chargeTab,
  checkTabCharge,
  emailStatement,
  getStatement,
  getTabApproval,
  issueStatement,
  listOpenTabs,
  listTabApprovals,
  openTab,
  requestTabApproval,
  reverseTabForOrder,
  settleTab,
  tabOf,
  writeOffTab,
  type TabCheck,
  type TabView,
} from './tabs.service.js'
