import type { UIField } from 'payload'

/** "Att se över före publicering" in the article's edit view. */
export const reviewChecksField: UIField = {
  name: 'reviewChecks',
  type: 'ui',
  label: 'Att se över före publicering',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/components/ReviewChecksPanel#ReviewChecksPanel' },
  },
}
