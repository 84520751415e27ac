export type { LoyaltyDeps, LoyaltyRepos, LoyaltyTxRepos, StampCardReads, StampsPort } from './ports.js'
export { balanceOf, batchesOf, consumeFifo, dueExpiries, nextExpiry, STAMP_KINDS, type Batch, type Consumption, type StampEntry, type StampKind } from './stamp-ledger.js'
export {
  batchExpiry,
  DEFAULT_STAMP_PROGRAMME,
  earnBlock,
  STAMP_PROGRAMME_SETTING,
  stampsForOrder,
  stampValueMinor,
  validateProgramme,
  type EarnBlock,
  type StampableLine,
  type StampProgramme,
} from './stamp-programme.js'
export {
  adjustStamps,
  bonusForGesture,
  cardOf,
  earnForOrder,
  expireStamps,
  publicStampCard,
  redeemReward,
  reverseForOrder,
  setStampProgramme,
  stampCard,
  stampCardLink,
  stampProgramme,
  type EarnOutcome,
  type StampCard,
  type StampableOrder,
  type StampCardEntry,
} from './loyalty.service.js'
