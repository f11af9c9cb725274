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
  { value: 'notis', label: 'Notis' },
] as const satisfies Option[]
export type ArticleType = (typeof articleTypeOptions)[number]['value']

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

export const debateStatusOptions = [
  { value: 'received', label: 'Mottagen' },
  { value: 'reviewing', label: 'Granskas' },
  { value: 'accepted', label: 'Antagen' },
  { value: 'declined', label: 'Avböjd' },
  { value: 'published', label: 'Publicerad' },
] as const satisfies Option[]
