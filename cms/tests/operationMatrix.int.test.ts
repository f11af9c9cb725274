import { describeOperationMatrix } from './helpers/describeOperationMatrix'
import { startNewsroom } from './helpers/newsroom'
import { staffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

describeOperationMatrix('every write Payload exposes, through REST and GraphQL', async () => {
  const { payload, staff, base } = await startNewsroom()
  return {
    payload,
    staff,
    base,
    api: await staffApi(payload, staff),
    teardown: () => stopTestPayload(payload),
  }
})
