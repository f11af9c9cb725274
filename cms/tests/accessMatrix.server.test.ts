import { randomUUID } from 'node:crypto'

import type { SubmissionReceipt } from '@redaktion/content-schemas/submissions'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { solvedCaptcha } from '../../scripts/tests/helpers/solveCaptcha'
import type { StaffActor } from './helpers/accessMatrix'
import { describeAccessMatrix } from './helpers/describeAccessMatrix'
import { restDriver } from './helpers/restDriver'

describeAccessMatrix('access matrix through the REST API of the running CMS', async () => {
  const { cmsUrl, dataDir } = serverContext()
  const sessions = await Promise.all(
    readDemoLogins(dataDir).map(
      async (entry) => [entry.role, await login(cmsUrl, entry.email, entry.password)] as const,
    ),
  )
  const byRole = Object.fromEntries(sessions) as Record<
    StaffActor,
    Awaited<ReturnType<typeof login>>
  >
  const driver = restDriver(cmsUrl, {
    admin: byRole.admin.token,
    editor: byRole.editor.token,
    journalist: byRole.journalist.token,
  })
  const categoryId = await driver.create({
    collection: 'categories',
    actor: 'admin',
    data: { title: 'REST-kategori' },
  })
  const authorId = await driver.create({
    collection: 'authors',
    actor: 'admin',
    data: { name: 'REST Skribent' },
  })
  const articleId = await driver.create({
    collection: 'articles',
    actor: 'admin',
    data: {
      _status: 'published',
      title: 'REST-basartikel',
      type: 'nyhet',
      category: categoryId,
      authors: [authorId],
    },
  })
  const journalistArticleId = await driver.create({
    collection: 'articles',
    actor: 'journalist',
    data: { title: 'REST-utkast', type: 'nyhet', category: categoryId, authors: [authorId] },
    isDraft: true,
  })
  const start = Date.now() + 30 * 24 * 60 * 60 * 1000
  const formEventId = await driver.create({
    collection: 'events',
    actor: 'admin',
    data: {
      _status: 'published',
      title: 'REST-evenemang med anmälan',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
      venue: { name: 'Folkan', room: 'Salong 1' },
      registration: { mode: 'form', capacity: 1000 },
    },
  })
  // The base tips come as a reader sends them, so they have a Svarslåda and the newsroom may
  // write into their threads (it may not on a tip staff wrote: nobody could read the answer).
  const readerTip = async (message: string, data: Record<string, unknown>) => {
    const form = new FormData()
    form.append('idempotencyKey', randomUUID())
    form.append('message', message)
    form.append('anonymous', 'on')
    form.append('altcha', await solvedCaptcha(cmsUrl))
    const response = await fetch(`${cmsUrl}/api/submissions/tip`, { method: 'POST', body: form })
    const receipt = (await response.json()) as SubmissionReceipt
    if (response.status !== 201) throw new Error(`the base tip: ${JSON.stringify(receipt)}`)
    const found = await fetch(
      `${cmsUrl}/api/tips?depth=0&where[reference][equals]=${encodeURIComponent(receipt.reference)}`,
      { headers: { Authorization: `JWT ${byRole.admin.token}` } },
    )
    const id = ((await found.json()) as { docs: { id: string }[] }).docs[0]?.id ?? null
    if (id === null) return null
    const isUpdated = await driver.update({ collection: 'tips', actor: 'admin', id, data })
    return isUpdated ? id : null
  }
  const tipId = await readerTip('REST-bastips om en nämnd.', { status: 'in-progress' })
  const assignedTipId = await readerTip('REST-bastips till journalisten.', {
    status: 'in-progress',
    assignee: byRole.journalist.user.id,
  })
  if (
    tipId === null ||
    assignedTipId === null ||
    categoryId === null ||
    authorId === null ||
    articleId === null ||
    journalistArticleId === null ||
    formEventId === null
  )
    throw new Error('admin and journalist could not create base documents')
  return {
    driver,
    base: {
      categoryId,
      authorId,
      articleId,
      journalistId: byRole.journalist.user.id,
      journalistArticleId,
      formEventId,
      tipId,
      assignedTipId,
    },
  }
})
