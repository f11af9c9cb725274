import { numberedSlug, slugify } from '@redaktion/content-schemas/slugify'
import { slugField, type CollectionSlug, type Field, type SlugField } from 'payload'

type Slugify = NonNullable<NonNullable<Parameters<SlugField>[0]>['slugify']>

const MAX_ATTEMPTS = 50

/**
 * A slug folded from the title and made unique within the collection by numbering
 * (`lon`, `lon-2`, …). Payload's slugField keeps it following the title until first publish
 * and stable afterwards.
 */
export function uniqueSlugField({
  collection,
  useAsSlug = 'title',
  fallback = 'utkast',
}: {
  collection: CollectionSlug
  useAsSlug?: string
  fallback?: string
}): Field {
  const uniqueSlug: Slugify = async ({ data, req, valueToSlugify }) => {
    const base = slugify(String(valueToSlugify ?? '')) || fallback
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const candidate = numberedSlug(base, attempt)
      const { totalDocs } = await req.payload.count({
        collection,
        req,
        overrideAccess: true,
        where: {
          and: [
            { slug: { equals: candidate } },
            ...(data?.id ? [{ id: { not_equals: data.id } }] : []),
          ],
        },
      })
      if (totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

  return slugField({
    slugify: uniqueSlug,
    useAsSlug,
    overrides: (row) => {
      const slug = row.fields[1]
      if (slug?.type === 'text') {
        slug.label = 'Slug (permalänk)'
        // Payload validates before its slug hook runs; fill an empty slug first so API clients
        // need not send one.
        slug.hooks = {
          ...slug.hooks,
          // A copy gets a slug of its own by the same rules, not Payload's "<slug> - Copy".
          beforeDuplicate: [
            ({ data, req }) =>
              uniqueSlug({ data: {}, req, valueToSlugify: data?.[useAsSlug] } as never),
          ],
          beforeValidate: [
            ({ value, data, req }) =>
              value || uniqueSlug({ data: data ?? {}, req, valueToSlugify: data?.[useAsSlug] }),
          ],
          // The admin saves a new document before anything is typed, so its slug starts as the
          // fallback and Payload stops following the title. Nothing has been live under it yet:
          // the first publish takes the slug from the title instead.
          beforeChange: [
            ({ value, data, originalDoc, req }) => {
              const isFirstPublish = data?._status === 'published' && !originalDoc?.publishedAt
              const isFallback = new RegExp(`^${fallback}(?:-\\d+)?$`).test(String(value ?? ''))
              const title = String(data?.[useAsSlug] ?? '')
              if (!isFirstPublish || !isFallback || !slugify(title)) return value
              return uniqueSlug({ data: data ?? {}, req, valueToSlugify: title })
            },
          ],
        }
      }
      return row
    },
  })
}
