import { articleTypeOptions } from '@redaktion/content-schemas/options'
import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'

/**
 * What kind of text an article is ("Detta är en nyhetsartikel. …"), one editable text per
 * article type, shown at the foot of every article of that type.
 */
export const TypeStatements: GlobalConfig = {
  slug: 'type-statements',
  label: 'Texttyper',
  admin: { group: 'Inställningar' },
  access: { read: anyone, update: isEditor },
  fields: articleTypeOptions.map(({ value, label }) => ({
    name: value,
    type: 'textarea' as const,
    label,
    maxLength: 1000,
  })),
}
