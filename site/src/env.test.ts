import { describe, expect, it } from 'vitest'

import { readSiteEnv } from './env'

describe('readSiteEnv', () => {
  it('sends readers’ forms to the CMS the build reads from, unless told otherwise', () => {
    expect(readSiteEnv({ CMS_URL: 'http://cms.internal:3000/' })).toEqual({
      cmsUrl: 'http://cms.internal:3000',
      publicCmsUrl: 'http://cms.internal:3000',
    })
    expect(
      readSiteEnv({ CMS_URL: 'http://cms.internal:3000', PUBLIC_CMS_URL: 'https://cms.example.se' })
        .publicCmsUrl,
    ).toBe('https://cms.example.se')
    expect(readSiteEnv({ PUBLIC_CMS_URL: '' }).publicCmsUrl).toBe('http://localhost:3000')
  })

  it('names the variable that is not a URL', () => {
    expect(() => readSiteEnv({ PUBLIC_CMS_URL: 'cms' })).toThrow(/PUBLIC_CMS_URL/)
  })
})
