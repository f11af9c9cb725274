import { describe, expect, it } from 'vitest'

import { checkLead } from './checkLead'

describe('checkLead', () => {
  it('finds an article without a lead (empty or blank)', () => {
    for (const lead of [null, '', '   \n']) {
      const findings = checkLead({ title: 'Rubrik', lead })
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({ check: 'lead' })
      expect(findings[0]!.message).toMatch(/^Ingress saknas/)
    }
  })

  it('finds nothing when there is a lead', () => {
    expect(checkLead({ title: 'Rubrik', lead: 'Myndigheten ändrar sig.' })).toEqual([])
  })
})
