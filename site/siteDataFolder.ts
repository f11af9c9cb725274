// The site's part of the data folder, `<DATA_DIR>/site`, shared by three processes: the
// publisher writes releases and points `live` at one, the build server renders beside them and
// takes recycled releases back, the static server serves `live`. Every name in it is spelled
// here and nowhere else.
import path from 'node:path'

export interface SiteDataFolder {
  /** `<DATA_DIR>/site` */
  root: string
  /** One folder per release, named by its id (releases.ts). */
  releasesDir: string
  /** A relative symlink to `releases/<id>`: what the static server serves. */
  liveLink: string
  /** The publisher's queue, retry and last release (queueStore.ts). */
  stateFile: string
  /** Where recent deliveries stand, per document, for POST /live (liveRecords.ts). */
  liveFile: string
  /** The running build's process group, so a restarted publisher can stop it. */
  buildPidFile: string
  /** The changes the running build covers (PUBLISHER_CHANGES_FILE). */
  changesFile: string
  /** Where the build server's Astro renders (SITE_RENDER_DIR); its copies lie beside it. */
  renderDir: string
  /** Releases the publisher no longer keeps, handed to the build server (SITE_RECYCLE_DIR). */
  recycleDir: string
  /** Archive search shards made in the background (SITE_SEARCH_STORE). */
  searchStore: string
}

/** The layout under `<DATA_DIR>/site`. */
export function siteDataFolder(dataDir: string): SiteDataFolder {
  return siteFolderAt(path.join(dataDir, 'site'))
}

/** The same layout under any folder (the publisher's `siteDir`, a benchmark's work folder). */
export function siteFolderAt(root: string): SiteDataFolder {
  return {
    root,
    releasesDir: path.join(root, 'releases'),
    liveLink: path.join(root, 'live'),
    stateFile: path.join(root, 'publisher-state.json'),
    liveFile: path.join(root, 'publisher-live.json'),
    buildPidFile: path.join(root, 'build.pid'),
    changesFile: path.join(root, 'build-changes.json'),
    renderDir: path.join(root, 'render'),
    recycleDir: path.join(root, 'recycle'),
    searchStore: path.join(root, 'search'),
  }
}

/** The build server's copies of releases, made beside its render folder (releaseCopies.ts). */
export function renderCopies(renderDir: string) {
  return {
    /** The copy the next build starts from. */
    stage: `${renderDir}-next`,
    /** The n-th spare copy, made while a build runs. */
    spare: (n: number) => `${renderDir}-spare-${n}`,
    /** Whether a name beside the render folder is one of its copies. */
    isCopy: (name: string) => name.startsWith(`${path.basename(renderDir)}-`),
  }
}

/** Where the build server moves recycled releases it will not use before deleting them. */
export const recycleTrashOf = (recycleDir: string) => `${recycleDir}-trash`

/** The files a background search compaction keeps in a search store (compaction.ts). */
export function searchStoreFiles(searchStore: string) {
  return {
    /** The running compaction's process group id; there while it runs. */
    compactionLock: path.join(searchStore, 'compacting.pid'),
    compactionLog: path.join(searchStore, 'compaction.log'),
  }
}
