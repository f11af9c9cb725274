import { articleTypeOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { canCreateArticle } from '../../access/canCreateArticle'
import { isEditor, isEditorField } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { ownDraftsOrEditor } from '../../access/ownDraftsOrEditor'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { commentsOpenField } from '../../comments/commentsOpenField'
import { createdByField, draftOnCopyStatusField } from '../../fields/publishingFields'
import { uniqueSlugField } from '../../fields/uniqueSlug'
import { dropRedirectsToArticle } from '../../hooks/dropRedirectsToArticle'
import { onlyEditorsPublish } from '../../hooks/onlyEditorsPublish'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import {
  queueArticleDeletion,
  queueArticleDelivery,
  rememberLiveArticle,
} from '../../hooks/queueArticleDelivery'
import { keepSlugRedirect, trackPublishedSlug } from '../../hooks/trackPublishedSlug'
import { deleteArticleThread } from '../../review/deleteArticleThread'
import { guardReviewStatus } from '../../review/guardReviewStatus'
import { recordReviewEvent } from '../../review/recordReviewEvent'
import { reviewArticleAdmin } from '../../review/reviewArticleAdmin'
import { reviewEndpoint } from '../../review/reviewEndpoint'
import { internalCommentsTab, reviewFields } from '../../review/reviewFields'
import { liveStatusField } from '../../live/liveStatusField'
import { debateChainFields } from './debateChainFields'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Artikel', plural: 'Artiklar' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'type',
      'category',
      '_status',
      'reviewStatus',
      'assignee',
      'deadline',
      'publishedAt',
      'liveStatus',
    ],
    listSearchableFields: ['title', 'kicker', 'lead'],
    group: 'Innehåll',
    components: reviewArticleAdmin,
  },
  endpoints: [reviewEndpoint],
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
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [
      onlyEditorsPublish,
      guardReviewStatus,
      setCreatedBy,
      setPublishedAt,
      trackPublishedSlug,
      rememberLiveArticle,
    ],
    afterChange: [keepSlugRedirect, queueArticleDelivery, recordReviewEvent],
    beforeDelete: [dropRedirectsToArticle, deleteArticleThread],
    afterDelete: [queueArticleDeletion],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Rubrik', required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Innehåll',
          fields: [
            {
              name: 'kicker',
              type: 'text',
              label: 'Vinjett',
              maxLength: 80,
              admin: { description: 't.ex. myndighetens namn' },
            },
            { name: 'lead', type: 'textarea', label: 'Ingress', maxLength: 1000 },
            {
              name: 'hero',
              type: 'group',
              label: 'Huvudbild',
              fields: [
                { name: 'image', type: 'upload', label: 'Bild', relationTo: 'media' },
                {
                  name: 'caption',
                  type: 'text',
                  label: 'Bildtext',
                  maxLength: 500,
                  admin: { description: 'Lämna tomt för att använda bildens egen bildtext.' },
                },
              ],
            },
            { name: 'body', type: 'richText', label: 'Brödtext' },
          ],
        },
        {
          label: 'Relationer',
          fields: [
            {
              name: 'relatedArticles',
              type: 'relationship',
              label: 'Du kanske också är intresserad av',
              relationTo: 'articles',
              hasMany: true,
              maxRows: 6,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: {
                description: 'Fylls automatiskt på med artiklar i samma serie eller kategori.',
              },
            },
          ],
        },
        {
          name: 'seo',
          label: 'SEO',
          fields: [
            { name: 'title', type: 'text', label: 'Sidtitel', maxLength: 70 },
            { name: 'description', type: 'textarea', label: 'Beskrivning', maxLength: 160 },
            { name: 'image', type: 'upload', label: 'Delningsbild', relationTo: 'media' },
          ],
        },
        internalCommentsTab,
      ],
    },
    uniqueSlugField({ collection: 'articles' }),
    {
      name: 'type',
      type: 'select',
      label: 'Artikeltyp',
      required: true,
      defaultValue: 'nyhet',
      options: [...articleTypeOptions],
      admin: { position: 'sidebar' },
    },
    commentsOpenField,
    ...debateChainFields,
    {
      name: 'category',
      type: 'relationship',
      label: 'Kategori',
      relationTo: 'categories',
      required: true,
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
      name: 'authors',
      type: 'relationship',
      label: 'Byline',
      relationTo: 'authors',
      hasMany: true,
      required: true,
      minRows: 1,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Publicerad',
      index: true,
      // A copy is a new article: its first publish stamps its own date.
      disableDuplicate: true,
      access: { create: isEditorField, update: isEditorField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
        description: 'Sätts automatiskt vid första publiceringen.',
      },
    },
    createdByField,
    ...reviewFields,
    draftOnCopyStatusField,
    {
      name: 'publishedSlug',
      type: 'text',
      disableDuplicate: true,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    liveStatusField,
  ],
}
