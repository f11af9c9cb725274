import type { CollectionConfig } from 'payload'

/**
 * The article views' review parts: the list filters above the table, and the review buttons
 * before the document controls. Payload's own publish button stays: it renders only for those
 * who may publish (hasPublishPermission), so a journalist sees "Skicka för granskning" in its
 * place and editors keep publishing and scheduling as before.
 */
export const reviewArticleAdmin: NonNullable<NonNullable<CollectionConfig['admin']>['components']> =
  {
    beforeListTable: ['/components/ReviewListFilters#ReviewListFilters'],
    edit: { beforeDocumentControls: ['/components/ReviewActions#ReviewActions'] },
  }
