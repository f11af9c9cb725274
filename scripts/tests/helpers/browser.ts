import { existsSync } from 'node:fs'

import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless, and nothing phoning home: this machine has no network beyond its registries. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Debian's Chromium, headless, with nothing phoning home (no browser is ever downloaded).
 * A caller with its own Ctrl-C handling passes `{ handleSIGINT: false }`: Playwright's own
 * handler closes the browser and exits the process.
 */
export async function launchChromium(
  options: Pick<LaunchOptions, 'handleSIGINT'> = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    ...options,
  })
}
