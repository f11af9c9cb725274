import { describe, expect, it } from 'vitest'

import type { Change } from './changeQueue'
import {
  liveOf,
  type LiveRecords,
  recordDelivery,
  recoverLiveRecords,
  updateDeliveries,
} from './liveRecords'

const delivery = (
  deliveryId: string,
  ids: string[],
  time = '2026-12-01T12:00:00.000Z',
): Change => ({
  deliveryId,
  event: 'publish',
  collection: 'articles',
  ids,
  slugs: [],
  time,
})
const ask = (records: LiveRecords, ...ids: string[]) =>
  liveOf(records, { collection: 'articles', ids })

describe('where deliveries stand, per document', () => {
  it('follows the newest delivery naming a document from pending through building to live', () => {
    let records = recordDelivery({}, delivery('d1', ['a', 'b'], '2026-12-01T12:00:00.000Z'))
    expect(ask(records, 'a', 'c')).toEqual([
      {
        id: 'a',
        state: 'pending',
        changedAt: '2026-12-01T12:00:00.000Z',
        liveAt: null,
        releaseId: null,
        error: null,
      },
      { id: 'c', state: 'unknown', changedAt: null, liveAt: null, releaseId: null, error: null },
    ])
    records = updateDeliveries(records, new Set(['d1']), { state: 'building' })
    records = recordDelivery(records, delivery('d2', ['b'], '2026-12-01T12:00:01.000Z'))
    records = updateDeliveries(records, new Set(['d1']), {
      state: 'live',
      liveAt: '2026-12-01T12:00:02.000Z',
      releaseId: 'r1',
    })
    expect(
      ask(records, 'a', 'b').map(({ id, state, releaseId }) => [id, state, releaseId]),
    ).toEqual([
      ['a', 'live', 'r1'],
      // b's newest delivery is d2, still waiting for a build.
      ['b', 'pending', null],
    ])
  })

  it('records a failure with its Swedish error, and a restart turns building into pending', () => {
    let records = recordDelivery({}, delivery('d1', ['a']))
    records = updateDeliveries(records, new Set(['d1']), {
      state: 'failed',
      error: 'Bygget misslyckades',
    })
    expect(ask(records, 'a')[0]).toMatchObject({ state: 'failed', error: 'Bygget misslyckades' })
    records = updateDeliveries(records, new Set(['d1']), { state: 'building', error: null })
    expect(ask(recoverLiveRecords(records), 'a')[0]?.state).toBe('pending')
  })

  it('keeps a bounded record: the newest deliveries per document, the most recently named documents', () => {
    const limits = { perDocument: 3, documents: 10 }
    const record = (records: LiveRecords, change: Change) => recordDelivery(records, change, limits)
    let records: LiveRecords = {}
    for (let n = 0; n < 6; n++) records = record(records, delivery(`d${n}`, ['a']))
    expect(records['articles/a']?.map((entry) => entry.deliveryId)).toEqual(['d5', 'd4', 'd3'])
    for (let n = 0; n < 10; n++) records = record(records, delivery(`e${n}`, [`doc-${n}`]))
    expect(Object.keys(records)).toHaveLength(10)
    expect(ask(records, 'a')[0]?.state, 'the oldest document is forgotten').toBe('unknown')
    records = record(records, delivery('f', ['doc-0']))
    records = record(records, delivery('g', ['new']))
    expect(records['articles/doc-0'], 'named again: kept as the most recent').toBeDefined()
    expect(records['articles/doc-1']).toBeUndefined()
  })

  it('ignores rebuilds of everything, which name no document', () => {
    const records = recordDelivery({}, { ...delivery('r', []), collection: '*' })
    expect(records).toEqual({})
  })
})
