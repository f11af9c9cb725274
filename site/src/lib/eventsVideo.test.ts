import { describe, expect, it } from 'vitest'

import { videoEmbed } from './eventsVideo'

describe('videoEmbed', () => {
  it('plays YouTube links in the no-cookie player', () => {
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ])
      expect(videoEmbed(link)).toEqual({
        provider: 'YouTube',
        origin: 'https://www.youtube-nocookie.com',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
      })
  })

  it('plays Vimeo links in its player without tracking', () => {
    expect(videoEmbed('https://vimeo.com/76979871')).toEqual({
      provider: 'Vimeo',
      origin: 'https://player.vimeo.com',
      embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    })
  })

  it('frames nothing else', () => {
    expect(videoEmbed('https://video.example.se/seminarium')).toBeNull()
    expect(videoEmbed('javascript:alert(1)')).toBeNull()
    expect(videoEmbed('https://www.youtube.com/watch?v=<script>')).toBeNull()
    expect(videoEmbed('inte en länk')).toBeNull()
  })
})
