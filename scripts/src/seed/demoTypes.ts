// Demo content for Redaktion. All text is invented: people, quotes and events are fictional.
// Real agency names appear only as settings and kickers.

export type DemoBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
export type ArticleType =
  'nyhet' | 'reportage' | 'debatt' | 'kronika' | 'ledare' | 'replik' | 'slutreplik' | 'notis'
export interface DemoCategory {
  slug: string
  title: string
  description: string
}
export interface DemoTopic {
  slug: string
  title: string
  description: string
}
export interface DemoAuthor {
  key: string
  name: string
  role: string
  bio: string
}
export interface DemoArticle {
  key: string // unique short id, e.g. 'fk-handlaggare'
  title: string
  kicker: string // vinjett, usually an agency or place name
  type: ArticleType
  category: string // a DemoCategory slug
  topic?: string // a DemoTopic slug
  authors: string[] // DemoAuthor keys (1-2)
  lead: string // ingress, 1-3 sentences
  body: DemoBlock[]
  daysAgo: number // how many days before "now" it was published (0-400)
  isDraft?: boolean // true = never published draft
  hero: { alt: string; caption: string; photographer: string }
  related?: string[] // keys of other articles (manual related articles), optional
  repliesTo?: string // key of the debate article this one answers (the debate chain)
  debateClosed?: boolean // set on a debate's original: no more replies
}
export interface DemoTip {
  message: string
  name?: string
  contact?: string
  article?: string
  status: 'new' | 'in-progress' | 'closed'
  assignToJournalist?: boolean
}
export interface DemoCorrectionReport {
  article: string
  whatIsWrong: string
  whatIsRight: string
  source?: string
  contact?: string
  status: 'new' | 'reviewing' | 'corrected' | 'rejected'
  notice?: string
}
export interface DemoComment {
  /** The key of a debate piece or reply, whose comments are open. */
  article: string
  name: string
  email?: string
  text: string
  status: 'pending' | 'approved' | 'rejected'
}
export interface DemoDebateSubmission {
  title: string
  text: string
  authorName: string
  signature: string
  email: string
  phone: string
  consentToEditing: true
  status: 'received' | 'reviewing' | 'accepted' | 'declined' | 'published'
}

/** A speaker: a demo author (by key, the role optional), or a guest with name and role. */
export type DemoSpeaker = { author: string; role?: string } | { name: string; role: string }
export type DemoRegistration =
  | { mode: 'none' }
  | { mode: 'contact'; contactName: string; contactEmail: string }
  | { mode: 'url'; url: string }
  /** closesDaysBefore: the form closes that many days before the start (else at the start). */
  | { mode: 'form'; capacity?: number; closesDaysBefore?: number }
/** A slide of a presentation the seed renders into a real PDF. */
export interface DemoSlide {
  heading: string
  points: string[]
}
export interface DemoEvent {
  key: string // unique short id, e.g. 'tillit-a3'
  sessionCode?: string // 'A3.'
  title: string
  summary: string
  description: DemoBlock[] // description and programme
  practicalNotes?: string
  speakers: DemoSpeaker[]
  organisers?: string
  /** The start, relative to the seed's "now": days ahead (negative: past), Stockholm clock time. */
  inDays: number
  startsAt: string // 'HH:MM', Europe/Stockholm
  minutes: number
  eventStatus: 'planned' | 'cancelled' | 'rescheduled' | 'completed'
  /** A rescheduled event's original start day (relative to now), same clock time. */
  previousInDays?: number
  attendance: 'onsite' | 'online' | 'mixed'
  venue?: { name: string; room?: string; address?: string }
  joinUrl?: string
  presentation?: { title: string; slides: DemoSlide[] }
  video?: { url: string; title: string }
  registration: DemoRegistration
  category?: string // a DemoCategory slug
  topic?: string // a DemoTopic slug
  related?: string[] // DemoArticle keys
}
export interface DemoEventRegistration {
  event: string // a DemoEvent key
  name: string
  email: string
  organisation?: string
  note?: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
}
export interface DemoPageFeedback {
  on: { article: string } | { event: string } // a DemoArticle or DemoEvent key
  daysAgo: number
  answer: 'yes' | 'no'
  text?: string
}
