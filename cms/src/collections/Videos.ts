import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'
import { validateUploadContent } from '../hooks/validateUploadContent'
import { videoContainerOf } from '../utilities/isVideoFile'

/**
 * The whole CMS parses uploads with one limit (`upload.limits` in payload.config.ts, 25 MB);
 * a seminar recording is usually bigger, so longer videos are linked (video.url) until media
 * move to object storage with a limit of their own.
 */
export const MAX_VIDEO_BYTES = 25 * 1024 * 1024

/** Self-hosted video files (MP4, WebM), e.g. the recording of a seminar session. */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: 'Videofil', plural: 'Videofiler' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: 'Innehåll',
    description: 'MP4 eller WebM, högst 25 MB. Längre inspelningar länkas från evenemanget.',
  },
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  // A copy of a file is a second upload of it: nothing to gain, and its bytes are not re-checked.
  disableDuplicate: true,
  upload: { mimeTypes: ['video/mp4', 'video/webm'] },
  hooks: {
    beforeOperation: [
      validateUploadContent({
        detect: videoContainerOf,
        maxBytes: MAX_VIDEO_BYTES,
        fallbackName: 'video',
        messages: {
          missing: 'Fil: bifoga en videofil (MP4 eller WebM).',
          tooLarge: 'Fil: videofilen är för stor, högst 25 MB. Länka längre videor i stället.',
          wrongType: 'Fil: filen är inte en MP4- eller WebM-video.',
        },
      }),
    ],
    afterChange: [queueDependencyDelivery],
    afterDelete: [queueDependencyDeletion],
  },
  fields: [{ name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 200 }],
}
