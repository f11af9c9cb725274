import type { Payload } from 'payload'

/**
 * Queues Payload's own schedule-publish job, exactly as the admin's "Schemalägg publicering"
 * does; the jobs runner inside the CMS publishes the article, as `userId`, once `at` has come.
 */
export async function queueScheduledPublish(
  payload: Payload,
  { articleId, userId, at }: { articleId: string; userId: string; at: Date },
): Promise<void> {
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: userId },
    },
  })
}
