import { describeAccessMatrix } from './helpers/describeAccessMatrix'
import { localDriver } from './helpers/localDriver'
import { createBaseDocs, createStaff } from './helpers/staff'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

describeAccessMatrix('access matrix through the local API (overrideAccess: false)', async () => {
  const payload = await startTestPayload()
  const staff = await createStaff(payload)
  return {
    driver: localDriver(payload, staff),
    base: await createBaseDocs(payload, staff.journalist),
    teardown: () => stopTestPayload(payload),
  }
})
