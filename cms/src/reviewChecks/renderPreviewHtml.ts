import type { RenderPreviewHtml } from './reviewChecksEndpoint'

/** The draft's rendered article page, from the CMS's preview render. */
export const renderPreviewHtml: RenderPreviewHtml = async () => null
