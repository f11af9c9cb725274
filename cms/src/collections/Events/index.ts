import {
  eventAttendanceOptions,
  eventRegistrationOptions,
  eventStatusOptions,
} from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { canCreateArticle } from '../../access/canCreateArticle'
import { isEditor, isEditorField } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { ownDraftsOrEditor } from '../../access/ownDraftsOrEditor'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { createdByField, draftOnCopyStatusField } from '../../fields/publishingFields'
import { uniqueSlugField } from '../../fields/uniqueSlug'
import { onlyEditorsPublish } from '../../hooks/onlyEditorsPublish'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import {
  keepPreviousStart,
  keepPublishedSlug,
  rememberLiveEvent,
  validateEvent,
} from '../../events/eventBeforeChange'
import { queueEventDeletion, queueEventDelivery } from '../../events/queueEventDelivery'

const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd MMM yyyy HH:mm',
  timeIntervals: 15,
} as const

/**
 * Seminars and events: the magazine's session pages. Drafts, scheduled publishing and access
 * follow articles; times are stored as instants and shown in Europe/Stockholm.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Evenemang', plural: 'Evenemang' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sessionCode', 'startsAt', 'eventStatus', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'sessionCode', 'summary'],
    group: 'Innehåll',
    description:
      'Seminarier och evenemang. Alla tider är svensk tid (Europe/Stockholm). Ett publicerat evenemang flyttas av sig självt till Tidigare när det har slutat.',
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: canCreateArticle,
    update: ownDraftsOrEditor,
    delete: isEditor,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-startsAt',
  hooks: {
    beforeChange: [
      onlyEditorsPublish,
      setCreatedBy,
      keepPublishedSlug,
      setPublishedAt,
      rememberLiveEvent,
      keepPreviousStart,
      validateEvent,
    ],
    afterChange: [queueEventDelivery],
    afterDelete: [queueEventDeletion],
  },
  fields: [
    {
      name: 'sessionCode',
      type: 'text',
      label: 'Passkod',
      maxLength: 20,
      admin: { description: 't.ex. A3. Visas före rubriken.' },
    },
    { name: 'title', type: 'text', label: 'Rubrik', required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Innehåll',
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              label: 'Kort beskrivning',
              maxLength: 500,
              admin: { description: 'Visas i listor, i kalendern och i sökresultat.' },
            },
            { name: 'description', type: 'richText', label: 'Beskrivning och program' },
            {
              name: 'practicalNotes',
              type: 'textarea',
              label: 'Praktisk information',
              maxLength: 1000,
              admin: { description: 't.ex. Det bjuds på fika.' },
            },
            {
              name: 'speakers',
              type: 'array',
              label: 'Medverkande',
              labels: { singular: 'Medverkande', plural: 'Medverkande' },
              maxRows: 30,
              admin: {
                description: 'Välj en skribent, eller skriv namn och roll för en gäst.',
              },
              fields: [
                { name: 'author', type: 'relationship', label: 'Skribent', relationTo: 'authors' },
                { name: 'name', type: 'text', label: 'Namn', maxLength: 200 },
                {
                  name: 'role',
                  type: 'text',
                  label: 'Roll',
                  maxLength: 300,
                  admin: { description: 't.ex. ordförande och docent i nationalekonomi' },
                },
              ],
            },
            {
              name: 'organisers',
              type: 'text',
              label: 'Arrangörer',
              maxLength: 500,
              admin: {
                description:
                  't.ex. ett samarrangemang mellan utredningen och Malmö universitet. Lämna tomt om tidningen arrangerar själv.',
              },
            },
          ],
        },
        {
          label: 'Tid och plats',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'startsAt',
                  type: 'date',
                  label: 'Börjar',
                  required: true,
                  index: true,
                  admin: { date: dayAndTime, description: 'Svensk tid.' },
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  label: 'Slutar',
                  required: true,
                  index: true,
                  admin: {
                    date: dayAndTime,
                    description: 'Svensk tid. Efter sluttiden visas evenemanget under Tidigare.',
                  },
                },
              ],
            },
            {
              name: 'previousStartsAt',
              type: 'date',
              label: 'Tidigare starttid',
              admin: {
                date: dayAndTime,
                description:
                  'Fylls i automatiskt när ett publicerat evenemang får ny starttid och status Flyttat.',
                condition: (data) => data?.eventStatus === 'rescheduled',
              },
            },
            {
              name: 'attendance',
              type: 'select',
              label: 'Deltagande',
              required: true,
              defaultValue: 'onsite',
              options: [...eventAttendanceOptions],
            },
            {
              name: 'venue',
              type: 'group',
              label: 'Plats',
              admin: { condition: (data) => data?.attendance !== 'online' },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: 'Lokal',
                  maxLength: 200,
                  admin: { description: 't.ex. Folkan' },
                },
                {
                  name: 'room',
                  type: 'text',
                  label: 'Rum',
                  maxLength: 200,
                  admin: { description: 't.ex. Salong 1' },
                },
                { name: 'address', type: 'text', label: 'Adress', maxLength: 300 },
              ],
            },
            {
              name: 'joinUrl',
              type: 'text',
              label: 'Länk för att delta digitalt',
              maxLength: 1000,
              admin: {
                condition: (data) => data?.attendance !== 'onsite',
                description: 'Visas på evenemangssidan. Börjar med https://.',
              },
            },
          ],
        },
        {
          label: 'Material',
          fields: [
            {
              name: 'documents',
              type: 'upload',
              label: 'Dokument',
              relationTo: 'documents',
              hasMany: true,
              maxRows: 10,
              admin: { description: 't.ex. presentationen som PDF.' },
            },
            {
              name: 'video',
              type: 'group',
              label: 'Video',
              fields: [
                {
                  name: 'url',
                  type: 'text',
                  label: 'Länk till video',
                  maxLength: 1000,
                  admin: {
                    description:
                      'YouTube, Vimeo eller annan spelare. Spelaren laddas först när läsaren klickar.',
                  },
                },
                {
                  name: 'file',
                  type: 'upload',
                  label: 'Egen videofil',
                  relationTo: 'videos',
                },
                { name: 'title', type: 'text', label: 'Videons titel', maxLength: 200 },
              ],
            },
          ],
        },
        {
          label: 'Anmälan',
          fields: [
            {
              name: 'registration',
              type: 'group',
              label: 'Anmälan',
              fields: [
                {
                  name: 'mode',
                  type: 'select',
                  label: 'Hur man anmäler sig',
                  required: true,
                  defaultValue: 'none',
                  options: [...eventRegistrationOptions],
                },
                {
                  name: 'contactName',
                  type: 'text',
                  label: 'Kontaktperson',
                  maxLength: 200,
                  admin: { condition: (_, sibling) => sibling?.mode === 'contact' },
                },
                {
                  name: 'contactEmail',
                  type: 'email',
                  label: 'Kontaktpersonens e-post',
                  admin: { condition: (_, sibling) => sibling?.mode === 'contact' },
                },
                {
                  name: 'url',
                  type: 'text',
                  label: 'Anmälningssida',
                  maxLength: 1000,
                  admin: {
                    condition: (_, sibling) => sibling?.mode === 'url',
                    description: 'Börjar med https://.',
                  },
                },
                {
                  name: 'capacity',
                  type: 'number',
                  label: 'Antal platser',
                  min: 1,
                  max: 100000,
                  admin: {
                    condition: (_, sibling) => sibling?.mode === 'form',
                    description: 'Lämna tomt för obegränsat. När platserna är slut: väntelista.',
                  },
                },
                {
                  name: 'closesAt',
                  type: 'date',
                  label: 'Sista anmälningsdag',
                  admin: {
                    date: dayAndTime,
                    condition: (_, sibling) => sibling?.mode === 'form',
                    description: 'Lämna tomt: anmälan stänger när evenemanget börjar.',
                  },
                },
              ],
            },
            {
              name: 'registrationsExport',
              type: 'ui',
              admin: {
                condition: (data) => data?.registration?.mode === 'form',
                components: {
                  Field: '/components/RegistrationsExportButton#RegistrationsExportButton',
                },
              },
            },
          ],
        },
        {
          label: 'Relationer',
          fields: [
            {
              name: 'relatedArticles',
              type: 'relationship',
              label: 'Relaterade artiklar',
              relationTo: 'articles',
              hasMany: true,
              maxRows: 10,
            },
          ],
        },
      ],
    },
    // Fixed once the event has been published (keepPublishedSlug).
    uniqueSlugField({ collection: 'events', fallback: 'evenemang' }),
    {
      name: 'eventStatus',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'planned',
      options: [...eventStatusOptions],
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'relationship',
      label: 'Kategori',
      relationTo: 'categories',
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      label: 'Ämnesserier',
      relationTo: 'topics',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Publicerad',
      disableDuplicate: true,
      access: { create: isEditorField, update: isEditorField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
        description: 'Sätts automatiskt vid första publiceringen.',
      },
    },
    draftOnCopyStatusField,
    createdByField,
  ],
}
