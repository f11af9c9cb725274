// The publisher's previews: the thin shell around previewQueue.ts (when a preview may go to the
// build server) that sends them to the build server and hands each answer to whoever asked.
import type { PreviewRequest } from '@redaktion/content-schemas/preview'

import type { BuildServer, PreviewReply } from './buildServerClient'
import {
  askPreview,
  emptyPreviewQueue,
  finishPreview,
  nextPreview,
  type PreviewQueue,
} from './previewQueue'

/** How a preview ended, for the one who asked. */
export type PreviewResult = PreviewReply | { type: 'error'; message: string }
type Waiter = (result: PreviewResult) => void

export interface Previewer {
  /** Renders a preview as soon as the build server may take it. */
  ask: (request: PreviewRequest) => Promise<PreviewResult>
  /** Starts the next waiting preview if one may start now (after every scheduler step). */
  pump: () => void
}

export function createPreviewer({
  buildServer,
  liveDir,
  mayStart,
  log,
}: {
  buildServer: BuildServer
  /** The live release's folder; null while there is none. */
  liveDir: () => string | null
  /** Whether a preview may go to the build server now (previewQueue.mayStartPreview). */
  mayStart: () => boolean
  log: (line: string) => void
}): Previewer {
  let queue: PreviewQueue<Waiter> = emptyPreviewQueue()

  function pump(): void {
    const next = nextPreview(queue, queue.waiting.length > 0 && mayStart())
    queue = next.queue
    const { job } = next
    if (!job) return
    const answer = (result: PreviewResult) => {
      queue = finishPreview(queue)
      job.waiters.forEach((waiter) => waiter(result))
      pump()
    }
    const dir = liveDir()
    if (!dir)
      return answer({
        type: 'refused',
        message:
          'Förhandsgranskning går inte förrän webbplatsen har publicerats en första gång. Försök igen om en stund.',
      })
    buildServer.preview(dir, job.request).then(answer, (error: Error) => {
      log(`A preview of article ${job.articleId} failed: ${error.message}`)
      answer({
        type: 'error',
        message: 'Byggservern avbröt förhandsvisningen. Försök igen om en stund.',
      })
    })
  }

  return {
    ask: (request) =>
      new Promise<PreviewResult>((resolve) => {
        queue = askPreview(queue, request, resolve)
        pump()
      }),
    pump,
  }
}
