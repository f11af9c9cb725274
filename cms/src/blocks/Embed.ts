import type { Block } from 'payload'

/** An embedded external resource (video, document, map) referenced by URL, rendered by the site. */
export const Embed: Block = {
  slug: 'embed',
  labels: { singular: 'Inbäddning', plural: 'Inbäddningar' },
  fields: [
    {
      name: 'url',
      type: 'text',
      label: 'Adress (https://…)',
      required: true,
      validate: (value: string | null | undefined) =>
        /^https:\/\/[^\s]+$/.test(value ?? '') ||
        'Ange en fullständig adress som börjar med https://',
    },
    { name: 'title', type: 'text', label: 'Beskrivning', required: true },
  ],
}
