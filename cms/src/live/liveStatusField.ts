import type { UIField } from 'payload'

/** The article's way to the site: in the edit view's sidebar and as a list column. */
export const liveStatusField: UIField = {
  name: 'liveStatus',
  type: 'ui',
  label: 'På webbplatsen',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/components/LiveStatusField#LiveStatusField',
      Cell: '/components/LiveStatusCell#LiveStatusCell',
    },
  },
}
