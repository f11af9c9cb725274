import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError, AuthenticationError } from 'payload'

import { spendPasswordCheckTime } from '../../../auth/passwordHash'
import { clientAddress, type RateLimit } from '../../../submissions/rateLimit'

const addressOf = (req: PayloadRequest) => clientAddress(req.headers ?? new Headers())

const isLocked = (lockUntil: unknown) =>
  typeof lockUntil === 'string' && new Date(lockUntil).getTime() > Date.now()

/**
 * Log-in, hardened around Payload's own check:
 * - one client address (IPv6: its /64) gets a limited run of attempts without a success, so
 *   guessing and locking other people's accounts both need many addresses;
 * - an unknown or locked account costs as long as a wrong password and answers the same
 *   "wrong e-mail or password" (the locked message is translated to the same words too), so
 *   neither the answer nor its timing says which addresses have accounts.
 */
export function limitLogin(rateLimit: RateLimit): {
  beforeOperation: CollectionBeforeOperationHook
  afterLogin: CollectionAfterLoginHook
} {
  return {
    beforeOperation: async ({ args, operation, req }) => {
      if (operation !== 'login') return args
      const rate = await rateLimit.consume(addressOf(req))
      if (!rate.isAllowed) {
        const minutes = Math.max(1, Math.ceil(rate.retryAfterSeconds / 60))
        throw new APIError(
          `För många inloggningsförsök från din adress. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`,
          429,
        )
      }
      const data = (args as { data?: { email?: unknown; password?: unknown } }).data
      const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
      const user = email
        ? await req.payload.db.findOne<{ id: number | string; lockUntil?: unknown }>({
            collection: 'users',
            where: { email: { equals: email } },
            req,
          })
        : null
      if (!user || isLocked(user.lockUntil)) {
        await spendPasswordCheckTime(data?.password)
        throw new AuthenticationError(req.t)
      }
      return args
    },
    afterLogin: async ({ req, user }) => {
      await rateLimit.reset(addressOf(req))
      return user
    },
  }
}
