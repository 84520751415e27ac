/** Wire shapes several features share, each read off the generated OpenAPI types of the route that answers it. */
import type { Answer, Body } from './schema.js'

export type Actor = Answer<'/session', 'get'>['actor']
export type Role = Actor['role']
export type Location = Answer<'/locations', 'get'>[number]
export type StaffName = Answer<'/locations/{id}/staff', 'get'>[number]

export type SearchResult = Answer<'/customers', 'get'>['results'][number]
export type Tier = SearchResult['tier']
export type Customer = Answer<'/customers', 'post'>
export type GreetingCard = Answer<'/customers/{id}/card', 'get'>

export type Catalog = Answer<'/catalog', 'get'>
export type CatalogItem = Catalog['items'][number]
export type Modifier = Catalog['modifiers'][number]

export type Gesture = Answer<'/gestures/{id}', 'get'>
export type GestureInput = Body<'/gestures', 'post'>
export type GestureType = GestureInput['type']
export type GestureReason = GestureInput['reason']
export type GestureOutcome = Answer<'/gestures', 'post'>
export type Policies = Answer<'/policies', 'get'>
export type EmpowermentPolicy = Answer<'/policies/{scope}/{role}', 'put'>
export type Coupon = Answer<'/coupons/{id}', 'get'>
export type PublicCoupon = Answer<'/public/coupons/{token}', 'get'>
export type StampCard = Answer<'/customers/{id}/stamps', 'get'>

export type FeedbackKind = Body<'/public/feedback/{source}', 'post'>['kind']
