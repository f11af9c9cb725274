import path from 'node:path'

import type { CollectionConfig } from 'payload'

/** Every upload collection stores its files in its own folder under the data directory. */
export function withUploadDirs(
  uploadsDir: string,
  collections: CollectionConfig[],
): CollectionConfig[] {
  return collections.map((collection) =>
    collection.upload
      ? {
          ...collection,
          upload: {
            ...(collection.upload === true ? {} : collection.upload),
            staticDir: path.join(uploadsDir, collection.slug),
          },
        }
      : collection,
  )
}
