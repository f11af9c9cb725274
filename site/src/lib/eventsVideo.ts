// Third-party players: the page shows a facade (the video's title and a play button) and the
// player's iframe is made only when the reader clicks, so nothing is asked of the third party
// before that. Only players known here are framed; any other link stays a link.

export interface VideoEmbed {
  provider: 'YouTube' | 'Vimeo'
  /** The player's origin: the page's Content-Security-Policy allows frames from it alone. */
  origin: string
  /** The iframe's address, started on the reader's click. */
  embedUrl: string
}

const YOUTUBE_ID = /^[\w-]{6,20}$/
const VIMEO_ID = /^\d{1,12}$/

/** The embeddable player of a YouTube or Vimeo link; null for anything else. */
export function videoEmbed(link: string): VideoEmbed | null {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.replace(/^(www|m)\./, '')
  let youtubeId: string | null = null
  if (host === 'youtu.be') youtubeId = url.pathname.slice(1)
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com')
    youtubeId =
      url.pathname === '/watch'
        ? url.searchParams.get('v')
        : (url.pathname.match(/^\/(?:embed|live|shorts)\/([^/]+)/)?.[1] ?? null)
  if (youtubeId && YOUTUBE_ID.test(youtubeId)) {
    // youtube-nocookie: YouTube's player that sets no cookie until the video plays.
    const origin = 'https://www.youtube-nocookie.com'
    return { provider: 'YouTube', origin, embedUrl: `${origin}/embed/${youtubeId}?autoplay=1` }
  }
  const vimeoId =
    host === 'vimeo.com'
      ? url.pathname.slice(1).split('/')[0]
      : host === 'player.vimeo.com'
        ? url.pathname.match(/^\/video\/(\d+)/)?.[1]
        : undefined
  if (vimeoId && VIMEO_ID.test(vimeoId)) {
    const origin = 'https://player.vimeo.com'
    return { provider: 'Vimeo', origin, embedUrl: `${origin}/video/${vimeoId}?autoplay=1&dnt=1` }
  }
  return null
}

/** The origin an event page's video player is framed from, if it has a third-party player. */
export function videoFrameOrigin(video: { url: string | null; file: unknown }): string | null {
  return !video.file && video.url ? (videoEmbed(video.url)?.origin ?? null) : null
}
