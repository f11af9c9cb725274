// Demo content for Redaktion. All text is invented: people, quotes and events are fictional.
// Real agency names appear only as settings and kickers.

export type DemoBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
export type ArticleType =
  'nyhet' | 'reportage' | 'debatt' | 'kronika' | 'ledare' | 'replik' | 'notis'
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
