import { describe, expect, it } from 'vitest'

import {
  acceptChange,
  emptyQueue,
  finishBuild,
  pruneSeen,
  recoverQueue,
  startBuild,
  type Change,
  type QueueState,
} from './changeQueue'

const change = (n: number): Change => ({
  deliveryId: `delivery-${n}`,
  event: 'publish',
  collection: 'articles',
  ids: [String(n)],
  slugs: [`artikel-${n}`],
  time: '2026-11-23T12:00:00.000Z',
})

function accept(state: QueueState, ...numbers: number[]): QueueState {
  return numbers.reduce((current, n) => acceptChange(current, change(n), 1000).state, state)
}

describe('the change queue', () => {
  it('ignores a delivery id it has accepted before', () => {
    const once = accept(emptyQueue(), 1)
    const again = acceptChange(once, change(1), 2000)
    expect(again.isDuplicate).toBe(true)
    expect(again.state.pending).toHaveLength(1)
  })

  it('still recognises a delivery as a duplicate while and after it is built', () => {
    const built = finishBuild(startBuild(accept(emptyQueue(), 1)), { isSuccess: true })
    expect(acceptChange(built, change(1), 2000).isDuplicate).toBe(true)
  })

  it('merges every change that arrives during a build into one follow-up build', () => {
    let state = startBuild(accept(emptyQueue(), 1))
    state = accept(state, 2, 3, 4)
    expect(state.building?.map((entry) => entry.deliveryId)).toEqual(['delivery-1'])
    state = finishBuild(state, { isSuccess: true })
    state = startBuild(state)
    expect(state.building?.map((entry) => entry.deliveryId)).toEqual([
      'delivery-2',
      'delivery-3',
      'delivery-4',
    ])
    expect(state.pending).toEqual([])
  })

  it('puts a failed build’s changes back ahead of newer ones', () => {
    let state = accept(startBuild(accept(emptyQueue(), 1, 2)), 3)
    state = finishBuild(state, { isSuccess: false })
    expect(state.building).toBeNull()
    expect(state.pending.map((entry) => entry.deliveryId)).toEqual([
      'delivery-1',
      'delivery-2',
      'delivery-3',
    ])
  })

  it('treats a build interrupted by a restart as not done', () => {
    const interrupted = accept(startBuild(accept(emptyQueue(), 1)), 2)
    const recovered = recoverQueue(JSON.parse(JSON.stringify(interrupted)) as QueueState)
    expect(recovered.building).toBeNull()
    expect(recovered.pending.map((entry) => entry.deliveryId)).toEqual(['delivery-1', 'delivery-2'])
  })

  it('refuses to start a second build while one runs', () => {
    expect(() => startBuild(startBuild(accept(emptyQueue(), 1)))).toThrow(/already running/)
  })

  it('forgets delivery ids older than the time to live', () => {
    let state = acceptChange(emptyQueue(), change(1), 1000).state
    state = acceptChange(state, change(2), 5000).state
    expect(Object.keys(pruneSeen(state, 6000, 3000).seen)).toEqual(['delivery-2'])
  })
})
