// Incremental builds equal full builds: a random sequence of publishes, edits, slug changes,
// unpublishes, comments, a category edit and event changes (create, edit, move in time, cancel,
// unpublish) goes through the CMS, each one built incrementally by npm
// start's publisher; afterwards the live release is compared file for file with a full build
// of the same newsroom (the search shards excepted: they are split by design).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { textToLexical } from '@redaktion/cms/textToLexical'
import { afterAll, describe, expect, it } from 'vitest'

import { repoRoot } from '../publisher/repoRoot'
import { createIllustration } from '../../scripts/src/seed/createIllustration'
import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { announceEvents, type EventDoc } from './helpers/eventsApi'
import { getStatus, waitForQuiet, waitForStatus } from './helpers/startPublisher'
import { siteBuildEnv } from './helpers/buildEnv'
import { siteDataFolder } from '../siteDataFolder'

const { cmsUrl, publisherUrl, publisherSecret, dataDir, siteUrl, serverLog } = serverContext()
const OPERATIONS = 16
const FIRST_STEPS = [
  'event',
  'reply',
  'comment',
  'reply',
  'uncomment',
  'reply',
  'unreply',
  'comment',
  'closeDebate',
  'speakerDebut',
]
/**
 * Not compared byte for byte: the search shards differ by design; the dotfiles (not served)
 * are the build's own records (its manifest and its copy of the newsroom).
 */
const NOT_COMPARED = /^pagefind(-[\w-]+)?\/|^\.[\w-]+\.json$/

interface Doc {
  id: string
  slug: string
  type?: string
  /** An id, or the article itself at the REST API's default depth. */
  repliesTo?: string | { id: string } | null
  debateClosed?: boolean
  title: string
  _status?: string
}

/** A small seeded generator, so a failing sequence can be replayed (the seed is printed). */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** Every file under `dir`, relative, sorted. */
function treeOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort()
}

/** Where two versions of a file part, with some text around it, for the failure message. */
function describeDifference(liveDir: string, fullDir: string, file: string): string {
  const [live, full] = [liveDir, fullDir].map((dir) => readFileSync(path.join(dir, file), 'utf8'))
  let at = 0
  while (at < live!.length && live![at] === full![at]) at++
  const around = (text: string) => text.slice(Math.max(0, at - 150), at + 150)
  return `${file} differs at ${at}:\nlive: …${around(live!)}…\nfull: …${around(full!)}…`
}

function runFullBuild(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build', '-w', 'site'], {
      cwd: repoRoot,
      env: {
        ...siteBuildEnv(cmsUrl, siteUrl),
        SITE_OUT_DIR: outDir,
        PUBLISHER_PREVIOUS_RELEASE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`Full build failed (${code}):\n${output}`)),
    )
  })
}

describe('incremental builds', () => {
  const fullDir = mkdtempSync(path.join(tmpdir(), 'redaktion-full-'))
  afterAll(() => rmSync(fullDir, { recursive: true, force: true }))

  it('after random publishes, edits, renames and unpublishes, equal a full build file for file', async () => {
    const seed = Number(process.env.EQUIVALENCE_SEED ?? Date.now() % 100_000)
    const next = random(seed)
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const api = async (method: string, url: string, body?: unknown) => {
      const response = await fetch(`${cmsUrl}/api/${url}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = (await response.json()) as { doc?: Doc; docs?: Doc[] }
      if (!response.ok)
        throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
      return json
    }
    const list = async (collection: string, query = '') =>
      (await api('GET', `${collection}?depth=0&limit=200${query}`)).docs!
    const [categories, authors, topics] = await Promise.all([
      list('categories'),
      list('authors'),
      list('topics'),
    ])
    const published = () => list('articles', '&where[_status][equals]=published&sort=-publishedAt')
    // Edits, renames and unpublishes touch only the articles this test published, so that the
    // seeded fixtures other tests read (a redirect's target, a corrected article, a search
    // fixture) stay as they are; those articles link to seeded ones as related, and seeded
    // categories list them, so the changes still reach pages beyond their own.
    const own: Doc[] = []
    const unpublished: Doc[] = []
    const ownEvents: EventDoc[] = []
    const ownComments: { id: string; article: string }[] = []
    const body = (words: string) =>
      textToLexical([
        { kind: 'p', text: `Ett prov av inkrementella byggen. ${words}.` },
        { kind: 'p', text: 'Myndigheten svarar att arbetet fortsätter under året.' },
      ])

    const operations: Record<string, (step: number) => Promise<string>> = {
      publish: async (step) => {
        const related = pick([...own, ...(await published())])
        const { doc } = await api('POST', 'articles', {
          _status: 'published',
          title: `Likvärdighetsprov ${seed}-${step}: nytt beslut om distansarbete`,
          lead: 'En artikel som ekvivalenstestet publicerar.',
          body: body(`ordet${seed}x${step}`),
          category: pick(categories).id,
          authors: [pick(authors).id],
          topics: next() < 0.5 ? [pick(topics).id] : [],
          relatedArticles: [related.id],
        })
        own.push(doc!)
        return `publish ${doc!.slug} (related: ${related.slug})`
      },
      edit: async (step) => {
        if (own.length === 0) return operations.publish!(step)
        const article = pick(own)
        const { doc } = await api('PATCH', `articles/${article.id}`, {
          title: `${article.title.replace(/ \(rev \d+\)$/, '')} (rev ${step})`,
          body: body(`revision${seed}x${step}`),
        })
        own.splice(own.indexOf(article), 1, doc!)
        return `edit ${article.slug}`
      },
      rename: async (step) => {
        if (own.length === 0) return operations.publish!(step)
        const article = pick(own)
        const slug = `${article.slug.slice(0, 40)}-nytt-namn-${step}`
        const { doc } = await api('PATCH', `articles/${article.id}`, { slug })
        own.splice(own.indexOf(article), 1, doc!)
        return `rename ${article.slug} → ${slug}`
      },
      unpublish: async (step) => {
        if (own.length === 0) return operations.publish!(step)
        const article = pick(own)
        await api('PATCH', `articles/${article.id}`, { _status: 'draft' })
        own.splice(own.indexOf(article), 1)
        unpublished.push(article)
        return `unpublish ${article.slug}`
      },
      republish: async (step) => {
        const article = unpublished.shift()
        if (!article) return operations.unpublish!(step)
        const { doc } = await api('PATCH', `articles/${article.id}`, { _status: 'published' })
        own.push(doc!)
        return `republish ${article.slug}`
      },
      // A new upload as an article's image: the build server makes its optimized sizes with
      // the Astro app it kept, and they must equal the full build's.
      image: async (step) => {
        if (own.length === 0) await operations.publish!(step)
        const article = pick(own)
        const form = new FormData()
        const png = await createIllustration(seed + step)
        form.append(
          'file',
          new Blob([new Uint8Array(png)], { type: 'image/png' }),
          `prov-${step}.png`,
        )
        form.append('_payload', JSON.stringify({ alt: `Illustration till steg ${step}` }))
        const response = await fetch(`${cmsUrl}/api/media`, {
          method: 'POST',
          headers: { Authorization: `JWT ${token}` },
          body: form,
        })
        const uploaded = (await response.json()) as { doc?: { id: string } }
        if (!response.ok)
          throw new Error(`POST media: ${response.status} ${JSON.stringify(uploaded)}`)
        const { doc } = await api('PATCH', `articles/${article.id}`, {
          hero: { image: uploaded.doc!.id, caption: `Bild från steg ${step}` },
        })
        own.splice(own.indexOf(article), 1, doc!)
        return `new image on ${article.slug}`
      },
      // Events: each change is announced as the CMS's events delivery, and reaches the event's
      // page and calendar file, the list, the calendar feed, the sitemap and the articles it
      // names. Times stay days away from now, so that the full build, made minutes later,
      // splits Kommande and Tidigare the same way.
      event: async (step) => {
        const related = pick([...own, ...(await published())])
        const days = (next() < 0.7 ? 1 : -1) * (3 + Math.floor(next() * 200))
        const startsAt = new Date(Date.now() + days * 86_400_000)
        const { doc } = await api('POST', 'events', {
          _status: 'published',
          sessionCode: `P${step}.`,
          title: `Ekvivalensseminarium ${seed}-${step}`,
          summary: 'Ett evenemang som ekvivalenstestet publicerar.',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          attendance: pick(['onsite', 'online', 'mixed']),
          venue: { name: 'Folkan', room: `Salong ${step}` },
          joinUrl: 'https://mote.example.se/prov',
          registration: {
            mode: 'contact',
            contactName: 'Eva Lind',
            contactEmail: 'eva@example.se',
          },
          eventStatus: 'planned',
          topics: next() < 0.5 ? [pick(topics).id] : [],
          relatedArticles: [related.id],
        })
        ownEvents.push(doc as unknown as EventDoc)
        await announceEvents(publisherUrl, publisherSecret, [doc!], 'publish')
        return `event ${doc!.slug} (related: ${related.slug})`
      },
      eventEdit: async (step) => {
        if (ownEvents.length === 0) return operations.event!(step)
        const event = pick(ownEvents)
        const { doc } = await api('PATCH', `events/${event.id}`, {
          title: `${event.title.replace(/ \(rev \d+\)$/, '')} (rev ${step})`,
          practicalNotes: `Det bjuds på fika (steg ${step}).`,
        })
        ownEvents.splice(ownEvents.indexOf(event), 1, doc as unknown as EventDoc)
        await announceEvents(publisherUrl, publisherSecret, [doc!])
        return `edit event ${event.slug}`
      },
      eventMove: async (step) => {
        if (ownEvents.length === 0) return operations.event!(step)
        const event = pick(ownEvents)
        // Into the past if it is to come, and back again.
        const isUpcoming = Date.parse(event.endsAt) > Date.now()
        const startsAt = new Date(Date.now() + (isUpcoming ? -30 : 30) * 86_400_000)
        const { doc } = await api('PATCH', `events/${event.id}`, {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString(),
          eventStatus: isUpcoming ? 'planned' : 'rescheduled',
          previousStartsAt: isUpcoming ? null : event.startsAt,
        })
        ownEvents.splice(ownEvents.indexOf(event), 1, doc as unknown as EventDoc)
        await announceEvents(publisherUrl, publisherSecret, [doc!])
        return `move event ${event.slug} ${isUpcoming ? 'into the past' : 'to the future'}`
      },
      eventCancel: async (step) => {
        if (ownEvents.length === 0) return operations.event!(step)
        const event = pick(ownEvents)
        const { doc } = await api('PATCH', `events/${event.id}`, { eventStatus: 'cancelled' })
        ownEvents.splice(ownEvents.indexOf(event), 1, doc as unknown as EventDoc)
        await announceEvents(publisherUrl, publisherSecret, [doc!])
        return `cancel event ${event.slug}`
      },
      eventUnpublish: async (step) => {
        if (ownEvents.length === 0) return operations.event!(step)
        const event = pick(ownEvents)
        await api('PATCH', `events/${event.id}`, { _status: 'draft' })
        ownEvents.splice(ownEvents.indexOf(event), 1)
        await announceEvents(publisherUrl, publisherSecret, [event], 'unpublish')
        return `unpublish event ${event.slug}`
      },
      // A speaker who is a new author, without an author page until a first article: the
      // event links the page only then, so the article must reach the event's page too.
      speakerDebut: async (step) => {
        if (ownEvents.length === 0) await operations.event!(step)
        const event = pick(ownEvents)
        const { doc: author } = await api('POST', 'authors', { name: `Debutant ${seed} ${step}` })
        const built = (await getStatus(publisherUrl, publisherSecret)).builds
        const { doc } = await api('PATCH', `events/${event.id}`, {
          speakers: [{ author: author!.id, role: 'inledare' }],
        })
        ownEvents.splice(ownEvents.indexOf(event), 1, doc as unknown as EventDoc)
        await announceEvents(publisherUrl, publisherSecret, [doc!])
        await waitForStatus(
          publisherUrl,
          (s) => s.builds > built && s.state === 'idle',
          publisherSecret,
        )
        const { doc: article } = await api('POST', 'articles', {
          _status: 'published',
          title: `Debutprov ${seed}-${step}: första artikeln av en medverkande`,
          lead: 'En artikel av en skribent som redan medverkar i ett evenemang.',
          body: body(`debut${seed}x${step}`),
          category: pick(categories).id,
          authors: [author!.id],
        })
        own.push(article!)
        return `speaker ${author!.slug} on ${event.slug}, then their first article ${article!.slug}`
      },
      // The debate chain: every page of a chain shows the whole chain, so a reply, its
      // unpublishing (through `unpublish`, replies are the test's own) and a closed debate reach
      // every member's page.
      reply: async (step) => {
        const debates = own.filter((doc) =>
          ['debatt', 'replik', 'slutreplik'].includes(String(doc.type)),
        )
        // A closed debate takes no new replies (the CMS refuses them): answer an open one.
        const known = new Map([...own, ...unpublished].map((doc) => [doc.id, doc]))
        const parentOf = (doc: Doc) =>
          typeof doc.repliesTo === 'object' ? doc.repliesTo?.id : doc.repliesTo
        const rootOf = (doc: Doc): Doc => {
          const parent = known.get(parentOf(doc) ?? '')
          return parent ? rootOf(parent) : doc
        }
        const open = debates.filter((doc) => !rootOf(doc).debateClosed)
        const answered = open.length > 0 ? pick(open) : null
        const { doc } = await api('POST', 'articles', {
          _status: 'published',
          type: answered ? 'replik' : 'debatt',
          repliesTo: answered?.id,
          title: `Debattprov ${seed}-${step}: ${answered ? 'replik' : 'debatt'} om distansarbete`,
          lead: 'En debattartikel som ekvivalenstestet publicerar.',
          body: body(`debatt${seed}x${step}`),
          category: pick(categories).id,
          authors: [pick(authors).id],
        })
        own.push(doc!)
        return `publish ${doc!.type} ${doc!.slug}${answered ? ` answering ${answered.slug}` : ''}`
      },
      unreply: async (step) => {
        const replies = own.filter((doc) => doc.repliesTo)
        if (replies.length === 0) return operations.reply!(step)
        const reply = pick(replies)
        await api('PATCH', `articles/${reply.id}`, { _status: 'draft' })
        own.splice(own.indexOf(reply), 1)
        unpublished.push(reply)
        return `unpublish the reply ${reply.slug}`
      },
      closeDebate: async (step) => {
        const originals = own.filter((doc) => doc.type === 'debatt' && !doc.repliesTo)
        if (originals.length === 0) return operations.reply!(step)
        const original = pick(originals)
        const { doc } = await api('PATCH', `articles/${original.id}`, {
          debateClosed: !original.debateClosed,
        })
        own.splice(own.indexOf(original), 1, doc!)
        return `${doc!.debateClosed ? 'close' : 'reopen'} the debate ${original.slug}`
      },
      // Approved comments are listed on their article's page only; the site fetches the
      // comment the delivery names, and a withdrawn one drops out of its page.
      comment: async (step) => {
        const open = own.filter((doc) =>
          ['debatt', 'replik', 'slutreplik'].includes(String(doc.type)),
        )
        if (open.length === 0) return operations.reply!(step)
        const article = pick(open)
        const { doc } = await api('POST', 'comments', {
          article: article.id,
          name: `Läsare ${step}`,
          text: `Kommentar i steg ${step}.\nMed en andra rad.`,
          status: 'approved',
        })
        ownComments.push({ id: doc!.id, article: article.slug })
        return `comment on ${article.slug}`
      },
      uncomment: async (step) => {
        const comment = ownComments.length > 0 ? pick(ownComments) : null
        if (!comment) return operations.comment!(step)
        if (next() < 0.5) {
          await api('PATCH', `comments/${comment.id}`, { text: `Ändrad i steg ${step}.` })
          return `edit a comment on ${comment.article}`
        }
        await api('PATCH', `comments/${comment.id}`, { status: 'rejected' })
        ownComments.splice(ownComments.indexOf(comment), 1)
        return `reject a comment on ${comment.article}`
      },
      category: async (step) => {
        const category = pick(categories)
        await api('PATCH', `categories/${category.id}`, {
          description: `Beskrivning ändrad av ekvivalenstestet, steg ${step}.`,
        })
        return `describe category ${category.slug}`
      },
    }
    const weighted = [
      'publish',
      'publish',
      'edit',
      'edit',
      'rename',
      'unpublish',
      'republish',
      'category',
      'reply',
      'reply',
      'closeDebate',
      'comment',
      'uncomment',
      'image',
      'event',
      'event',
      'eventEdit',
      'eventMove',
      'eventCancel',
      'eventUnpublish',
    ]

    const log: string[] = [`seed ${seed}`]
    await waitForQuiet(publisherUrl, publisherSecret)
    for (let step = 1; step <= OPERATIONS; step++) {
      const before = await getStatus(publisherUrl, publisherSecret)
      // The first step is always a new event, then a debate chain grows, gets comments, loses a
      // reply and a comment and is closed, and the last is a new image, whatever the seed drew.
      const operation = step === OPERATIONS ? 'image' : (FIRST_STEPS[step - 1] ?? pick(weighted))
      log.push(await operations[operation]!(step))
      const after = await waitForStatus(
        publisherUrl,
        (s) => s.builds > before.builds && s.state === 'idle',
        publisherSecret,
      )
      expect(after.lastError, log.join('\n')).toBeNull()
    }
    const final = await waitForQuiet(publisherUrl, publisherSecret)
    expect(final.lastError, log.join('\n')).toBeNull()

    // The publisher's builds were incremental, not full builds in disguise, and a search shard
    // compacted in the background was adopted (SITE_SEARCH_COMPACT_AT is 3 in these tests).
    const serverOutput = readFileSync(serverLog, 'utf8')
    expect(serverOutput).toMatch(/Incremental build from/)
    expect(serverOutput).toMatch(/Adopted the archive shard/)

    const liveDir = siteDataFolder(dataDir).liveLink
    await runFullBuild(fullDir)
    const live = treeOf(liveDir).filter((file) => !NOT_COMPARED.test(file))
    const full = treeOf(fullDir).filter((file) => !NOT_COMPARED.test(file))
    expect(live, log.join('\n')).toEqual(full)
    const different = full.filter(
      (file) =>
        !readFileSync(path.join(liveDir, file)).equals(readFileSync(path.join(fullDir, file))),
    )
    expect(
      different,
      [
        ...log,
        ...different.slice(0, 3).map((file) => describeDifference(liveDir, fullDir, file)),
      ].join('\n'),
    ).toEqual([])
  }, 600_000)
})
