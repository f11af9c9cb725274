import { describe, expect, it } from 'vitest'

import { mp4Bytes, webmBytes } from '../../tests/helpers/buildMedia'
import { videoContainerOf } from './isVideoFile'

describe('videoContainerOf', () => {
  it('knows an MP4 by its ftyp box and a WebM by its EBML DocType', async () => {
    expect(await videoContainerOf(mp4Bytes())).toBe('video/mp4')
    expect(await videoContainerOf(webmBytes())).toBe('video/webm')
  })

  it('refuses anything else, a Matroska file that is not WebM included', async () => {
    expect(await videoContainerOf(new TextEncoder().encode('<html>'.repeat(10)))).toBeUndefined()
    const matroska = webmBytes()
    matroska.set(new TextEncoder().encode('matroska'), matroska.indexOf(0x77))
    matroska[matroska.indexOf(0x6d) - 1] = 0x88
    expect(await videoContainerOf(matroska)).toBeUndefined()
    expect(await videoContainerOf(new Uint8Array(8))).toBeUndefined()
  })
})
