// The third-party player of an event's video, made only when the reader asks for it: until the
// click the page has a button with the video's title and nothing from the player's origin.

/** Turns every video facade's button into its player when clicked. */
export function initVideoFacades(root: ParentNode = document): void {
  for (const facade of root.querySelectorAll<HTMLElement>('[data-video-facade]')) {
    const button = facade.querySelector('button')
    const { embedUrl, title } = facade.dataset
    if (!button || !embedUrl) continue
    button.addEventListener(
      'click',
      () => {
        const frame = document.createElement('iframe')
        frame.src = embedUrl
        frame.title = title ?? 'Video'
        frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture'
        frame.allowFullscreen = true
        frame.referrerPolicy = 'strict-origin-when-cross-origin'
        frame.className = 'video-frame'
        button.replaceWith(frame)
        frame.focus()
      },
      { once: true },
    )
  }
}
