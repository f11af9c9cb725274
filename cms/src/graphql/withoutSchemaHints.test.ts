import { describe, expect, it } from 'vitest'

import { withoutSchemaHints } from './withoutSchemaHints'

describe('withoutSchemaHints', () => {
  it('cuts "Did you mean" from error messages and keeps the errors and the status', async () => {
    const handler = withoutSchemaHints(async () =>
      Response.json(
        {
          errors: [
            { message: 'Cannot query field "titel" on type "Article". Did you mean "title"?' },
            { message: 'Unknown type "Artcle". Did you mean "Article" or "Articles"?' },
          ],
        },
        { status: 400 },
      ),
    )
    const response = await handler(new Request('http://localhost/api/graphql'))
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).not.toMatch(/Did you mean|"title"|Articles/)
    expect(JSON.parse(text).errors.map((error: { message: string }) => error.message)).toEqual([
      'Cannot query field "titel" on type "Article".',
      'Unknown type "Artcle".',
    ])
  })
})
