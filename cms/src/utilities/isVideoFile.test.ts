import { describe, expect, it } from 'vitest'

import { mp4Bytes, webmBytes } from '../../tests/helpers/buildMedia'
import { videoContainerOf } from './isVideoFile'

describe('videoContainerOf', () => {
  it('knows an MP4 by its ftyp box and a WebM by its EBML DocType', () => {
    expect(videoContainerOf(mp4Bytes())).toBe('video/mp4')
    expect(videoContainerOf(webmBytes())).toBe('video/webm')
  })

  it('refuses anything else, a Matroska file that is not WebM included', () => {
    expect(videoContainerOf(new TextEncoder().encode('<html>'.repeat(10)))).toBeUndefined()
    const matroska = webmBytes()
    matroska.set(new TextEncoder().encode('mkva'), matroska.indexOf(0x77))
    expect(videoContainerOf(matroska)).toBeUndefined()
    expect(videoContainerOf(new Uint8Array(8))).toBeUndefined()
  })
})
