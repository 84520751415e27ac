export type { Birthday, Customer, CustomerListing, CustomerNote, CustomersPort, HouseholdMember, NameTerm, SearchHit } from './customer.js'
export { classifyQuery, matchScore, nameTerms, nameTokens, oneEditVariants } from './name-search.js'
export { looksLikePhone, normalizePhone, phonePrefix } from './phone.js'
export { addNote, createCustomer, customerNotFound, newCardCode, searchCustomers, updateCustomer, type CustomerInput } from './customers.service.js'
