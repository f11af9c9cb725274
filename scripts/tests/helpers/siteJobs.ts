// The running server's queued jobs that change the public site, read from its SQLite file
// itself, so a test can see them while the CMS is down and without starting a Payload of its own.
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import type { SiteWebhookBody } from '@redaktion/content-schemas/siteWebhook'

export interface SiteJob {
  id: string
  taskSlug: 'deliverSiteWebhook' | 'schedulePublish'
  input: unknown
  waitUntil: string | null
  completedAt: string | null
  totalTried: number
  isProcessing: boolean
  /** Failed for good: its retries are used up. */
  hasError: boolean
}

interface JobRow {
  id: string
  task_slug: SiteJob['taskSlug']
  input: string
  wait_until: string | null
  completed_at: string | null
  total_tried: number
  processing: number
  has_error: number
}

/** Site webhook deliveries and scheduled publishes that are still in the jobs table. */
export function readSiteJobs(dataDir: string): SiteJob[] {
  const database = new DatabaseSync(path.join(dataDir, 'redaktion.db'), { readOnly: true })
  try {
    const rows = database
      .prepare(
        `select id, task_slug, input, wait_until, completed_at, total_tried, processing, has_error
         from payload_jobs where task_slug in ('deliverSiteWebhook', 'schedulePublish')`,
      )
      .all() as unknown as JobRow[]
    return rows.map((row) => ({
      id: row.id,
      taskSlug: row.task_slug,
      input: JSON.parse(row.input) as unknown,
      waitUntil: row.wait_until,
      completedAt: row.completed_at,
      totalTried: Number(row.total_tried),
      isProcessing: Boolean(row.processing),
      hasError: Boolean(row.has_error),
    }))
  } finally {
    database.close()
  }
}

/** The delivery jobs about one document, with their bodies. */
export function deliveryJobsFor(
  dataDir: string,
  id: string,
): (SiteJob & { input: SiteWebhookBody })[] {
  return readSiteJobs(dataDir).filter(
    (job): job is SiteJob & { input: SiteWebhookBody } =>
      job.taskSlug === 'deliverSiteWebhook' && (job.input as SiteWebhookBody).ids.includes(id),
  )
}

/**
 * Waits until no site change is queued or due within `horizonMs` (the demo seed schedules a
 * publish five minutes after seeding), so a test can count the builds its own changes cause.
 */
export async function waitForNoDueSiteJobs(dataDir: string, horizonMs = 10 * 60_000) {
  const isDue = (job: SiteJob) =>
    !job.completedAt &&
    !job.hasError &&
    (!job.waitUntil || Date.parse(job.waitUntil) < Date.now() + horizonMs)
  while (readSiteJobs(dataDir).some(isDue)) await new Promise((resolve) => setTimeout(resolve, 500))
}
