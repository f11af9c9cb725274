/** Select options shared by the CMS fields and the site: values are stable, labels are Swedish. */
export interface Option<Value extends string = string> {
  value: Value
  label: string
}

export const ROLES = ['admin', 'editor', 'journalist'] as const
export type Role = (typeof ROLES)[number]
export const roleOptions: Option<Role>[] = [
  { value: 'admin', label: 'Administratör' },
  { value: 'editor', label: 'Redaktör' },
  { value: 'journalist', label: 'Journalist' },
]

export const articleTypeOptions = [
  { value: 'nyhet', label: 'Nyhet' },
  { value: 'reportage', label: 'Reportage' },
  { value: 'debatt', label: 'Debatt' },
  { value: 'kronika', label: 'Krönika' },
  { value: 'ledare', label: 'Ledare' },
  { value: 'replik', label: 'Replik' },
  { value: 'slutreplik', label: 'Slutreplik' },
  { value: 'notis', label: 'Notis' },
] as const satisfies Option[]
export type ArticleType = (typeof articleTypeOptions)[number]['value']

/** The types that take part in a debate chain: only these may answer or be answered. */
export const DEBATE_ARTICLE_TYPES = [
  'debatt',
  'replik',
  'slutreplik',
] as const satisfies ArticleType[]
export type DebateArticleType = (typeof DEBATE_ARTICLE_TYPES)[number]
export const isDebateArticleType = (type: unknown): type is DebateArticleType =>
  (DEBATE_ARTICLE_TYPES as readonly unknown[]).includes(type)

export const tipStatusOptions = [
  { value: 'new', label: 'Ny' },
  { value: 'in-progress', label: 'Under arbete' },
  { value: 'closed', label: 'Avslutad' },
] as const satisfies Option[]

export const correctionStatusOptions = [
  { value: 'new', label: 'Ny' },
  { value: 'reviewing', label: 'Granskas' },
  { value: 'corrected', label: 'Rättad' },
  { value: 'rejected', label: 'Avvisad' },
] as const satisfies Option[]

/** A reader comment's moderation: nothing is shown on the site until a person approves it. */
export const commentStatusOptions = [
  { value: 'pending', label: 'Väntar på granskning' },
  { value: 'approved', label: 'Godkänd' },
  { value: 'rejected', label: 'Avvisad' },
] as const satisfies Option[]
export type CommentStatus = (typeof commentStatusOptions)[number]['value']

export const debateStatusOptions = [
  { value: 'received', label: 'Mottagen' },
  { value: 'reviewing', label: 'Granskas' },
  { value: 'accepted', label: 'Antagen' },
  { value: 'declined', label: 'Avböjd' },
  { value: 'published', label: 'Publicerad' },
] as const satisfies Option[]

/** Where an event stands; the site's schema.org `eventStatus` follows it and the date. */
export const eventStatusOptions = [
  { value: 'planned', label: 'Planerat' },
  { value: 'cancelled', label: 'Inställt' },
  { value: 'rescheduled', label: 'Flyttat' },
  { value: 'completed', label: 'Genomfört' },
] as const satisfies Option[]
export type EventStatus = (typeof eventStatusOptions)[number]['value']

/** Where readers take part: on site, online ("Digitalt", with a join link), or both. */
export const eventAttendanceOptions = [
  { value: 'onsite', label: 'På plats' },
  { value: 'online', label: 'Digitalt' },
  { value: 'mixed', label: 'På plats och digitalt' },
] as const satisfies Option[]
export type EventAttendance = (typeof eventAttendanceOptions)[number]['value']

/** How readers sign up for an event. */
export const eventRegistrationOptions = [
  { value: 'none', label: 'Ingen anmälan' },
  { value: 'contact', label: 'Kontaktperson (e-post)' },
  { value: 'url', label: 'Extern anmälningssida' },
  { value: 'form', label: 'Anmälningsformulär på webbplatsen' },
] as const satisfies Option[]
export type EventRegistration = (typeof eventRegistrationOptions)[number]['value']

/** A registration through the site's form: a place, or a place on the waiting list. */
export const registrationStatusOptions = [
  { value: 'confirmed', label: 'Anmäld' },
  { value: 'waitlisted', label: 'Väntelista' },
  { value: 'cancelled', label: 'Avanmäld' },
] as const satisfies Option[]
export type RegistrationStatus = (typeof registrationStatusOptions)[number]['value']

/** A reader's answer to "Hjälpte informationen på sidan dig?". */
export const pageFeedbackAnswerOptions = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nej' },
] as const satisfies Option[]
export type PageFeedbackAnswer = (typeof pageFeedbackAnswerOptions)[number]['value']
