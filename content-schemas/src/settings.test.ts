import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { integerSetting, parseSettings, portSetting } from './settings'

const schema = z.object({
  WAIT_MS: integerSetting({ min: 0, fallback: 50 }),
  ATTEMPTS: integerSetting({ min: 0, max: 20, fallback: 6 }),
  PORT: portSetting(4400),
  ANY_PORT: portSetting(4400, { allowAny: true }),
})

describe('settings from the environment', () => {
  it('takes the fallback when a variable is unset and coerces the text otherwise', () => {
    expect(parseSettings(schema, {}, 'the test')).toEqual({
      WAIT_MS: 50,
      ATTEMPTS: 6,
      PORT: 4400,
      ANY_PORT: 4400,
    })
    expect(parseSettings(schema, { WAIT_MS: '0', ANY_PORT: '0' }, 'the test')).toMatchObject({
      WAIT_MS: 0,
      ANY_PORT: 0,
    })
  })

  it('names every variable out of bounds in one error', () => {
    expect(() =>
      parseSettings(schema, { WAIT_MS: '-1', ATTEMPTS: '21', PORT: '0' }, 'the test'),
    ).toThrow(/^Invalid environment for the test: WAIT_MS: .+; ATTEMPTS: .+; PORT: .+$/)
    expect(() => parseSettings(schema, { WAIT_MS: '1.5' }, 'the test')).toThrow(/WAIT_MS/)
    expect(() => parseSettings(schema, { PORT: '65536' }, 'the test')).toThrow(/PORT/)
  })
})
