import { Window } from 'happy-dom'

/**
 * The preview's HTML as a DOM to read and to run axe-core on, without a browser: nothing is
 * fetched (styles, scripts, images, frames) and the page's own scripts never run.
 */
export function openRenderedPage(html: string): { window: Window; close: () => Promise<void> } {
  const window = new Window({
    url: 'http://preview.invalid/',
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  })
  window.document.write(html)
  return { window, close: () => window.happyDOM.close() }
}
