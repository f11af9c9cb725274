export const SITE_TITLE = 'Redaktion'
export const SITE_DESCRIPTION = 'Nyheter om offentlig sektor, myndigheterna och arbetslivet.'
