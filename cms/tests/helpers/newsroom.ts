import type { Payload, TypedUser } from 'payload'

import type { StaffActor } from './accessMatrix'
import type { BaseDocs } from './samples'
import { createBaseDocs, createStaff } from './staff'
import { startTestPayload } from './testPayload'

export interface Newsroom {
  payload: Payload
  staff: Record<StaffActor, TypedUser>
  base: BaseDocs
}

/** A real Payload on the suite's database with its staff and a published article to point at. */
export async function startNewsroom(): Promise<Newsroom> {
  const payload = await startTestPayload()
  const staff = await createStaff(payload)
  const base = await createBaseDocs(payload, staff.journalist)
  return { payload, staff, base }
}
