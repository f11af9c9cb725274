import { articleTypeOptions } from '@redaktion/content-schemas/options'
import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { queueTypeStatementDelivery } from './hooks/queueTypeStatementDelivery'

/**
 * What kind of text an article is ("Detta är en nyhetsartikel. …"), one editable text per
 * article type, shown at the foot of every article of that type.
 */
export const TypeStatements: GlobalConfig = {
  slug: 'type-statements',
  label: 'Texttyper',
  admin: {
    group: 'Inställningar',
    description:
      'Visas sist i varje artikel av typen, t.ex. "Detta är en nyhetsartikel. …". Lämna tomt för att inte visa någon text.',
  },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [queueTypeStatementDelivery] },
  fields: articleTypeOptions.map(({ value, label }) => ({
    name: value,
    type: 'textarea' as const,
    label,
    maxLength: 1000,
  })),
}
