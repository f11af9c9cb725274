import type { CollectionConfig } from 'payload'

import { isStaff, isStaffField } from '../access/isStaff'
import {
  commentsOnOwnArticlesOrEditor,
  ownComment,
  ownCommentOrEditor,
} from '../review/commentAccess'
import { COMMENT_MAX, mailMentions, prepareComment } from '../review/commentHooks'
import { COMMENT_EVENT_LABELS, COMMENT_EVENTS } from '../review/threadComment'

const nobody = () => false

/**
 * The newsroom's internal thread on an article: comments, and the notes of "Skicka för
 * granskning", "Skicka tillbaka" and "Godkänn" (written by recordReviewEvent), so the history is
 * in one place. Staff only, and never told to the site: no webhook hook, not read by the site,
 * not in a release.
 */
export const ArticleComments: CollectionConfig = {
  slug: 'article-comments',
  labels: { singular: 'Intern kommentar', plural: 'Interna kommentarer' },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'article', 'author', 'event', 'createdAt'],
    group: 'Innehåll',
  },
  access: {
    read: commentsOnOwnArticlesOrEditor,
    create: isStaff,
    update: ownComment,
    delete: ownCommentOrEditor,
  },
  defaultSort: 'createdAt',
  // A copy of someone's comment would be a comment in their name.
  disableDuplicate: true,
  hooks: { beforeChange: [prepareComment], afterChange: [mailMentions] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      label: 'Artikel',
      relationTo: 'articles',
      required: true,
      index: true,
      access: { update: nobody },
    },
    {
      name: 'text',
      type: 'textarea',
      label: 'Kommentar',
      maxLength: COMMENT_MAX,
      admin: {
        description:
          'Nämn en kollega med @ och delen före @ i hens e-postadress, t.ex. @anna.berg.',
      },
    },
    {
      name: 'event',
      type: 'select',
      label: 'Händelse',
      defaultValue: 'comment',
      options: COMMENT_EVENTS.map((value) => ({ value, label: COMMENT_EVENT_LABELS[value] })),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      label: 'Skriven av',
      relationTo: 'users',
      index: true,
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'mentions',
      type: 'relationship',
      label: 'Nämnda',
      relationTo: 'users',
      hasMany: true,
      index: true,
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
