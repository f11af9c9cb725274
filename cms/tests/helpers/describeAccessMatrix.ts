import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { matrixCases, type Actor, type MatrixRow } from './accessMatrix'
import type { AccessDriver } from './accessDriver'
import { sampleFor, updateFor, type BaseDocs } from './samples'

export interface MatrixContext {
  driver: AccessDriver
  base: BaseDocs
  teardown?: () => Promise<void>
}

async function makeTarget({ driver, base }: MatrixContext, row: MatrixRow) {
  const creator: Actor = row.target === 'journalistDraft' ? 'journalist' : 'admin'
  const sample = await sampleFor(row.collection, row.target, base)
  const id = await driver.create({ ...sample, actor: creator })
  if (id === null) throw new Error(`${creator} could not create a ${row.collection} fixture`)
  return { id, isDraft: sample.isDraft }
}

async function attempt(context: MatrixContext, row: MatrixRow, actor: Actor): Promise<boolean> {
  const { driver, base } = context
  const { collection } = row
  if (row.operation === 'create') {
    const sample = await sampleFor(collection, row.target, base)
    return (await driver.create({ ...sample, actor })) !== null
  }
  const { id, isDraft } = await makeTarget(context, row)
  switch (row.operation) {
    case 'read':
      return (await driver.read({ collection, actor, id })) !== null
    case 'update':
      return driver.update({ collection, actor, id, data: updateFor(collection), isDraft })
    case 'publish':
      return driver.update({ collection, actor, id, data: { _status: 'published' } })
    case 'delete':
      return driver.delete({ collection, actor, id })
  }
}

/** The whole access matrix as one table-driven suite, against whichever driver `setup` gives. */
export function describeAccessMatrix(name: string, setup: () => Promise<MatrixContext>): void {
  describe(name, () => {
    let context: MatrixContext
    beforeAll(async () => {
      context = await setup()
    })
    afterAll(() => context?.teardown?.())

    it.each(matrixCases())('%s', async (_, row, actor) => {
      expect(await attempt(context, row, actor)).toBe(row.allowed[actor])
    })
  })
}
