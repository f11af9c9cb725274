import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withoutSchemaHints } from '../../../../graphql/withoutSchemaHints'

export const POST = withoutSchemaHints(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
