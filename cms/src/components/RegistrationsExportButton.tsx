'use client'
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'

/**
 * "Exportera anmälningar (CSV)" on an event with the site's form: downloads the registrations
 * for Excel through `GET /api/registrations/export`, with the editor's own session.
 */
export function RegistrationsExportButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const isEditor = user?.role === 'admin' || user?.role === 'editor'
  if (!isEditor) return null
  if (!id) {
    return (
      <p className="registrations-export">
        Spara evenemanget först, så kan du exportera anmälningarna.
      </p>
    )
  }
  const href = `${config.routes.api}/registrations/export?event=${encodeURIComponent(String(id))}`
  return (
    <div className="registrations-export">
      <a className="btn btn--style-secondary btn--size-medium" href={href} download>
        Exportera anmälningar (CSV)
      </a>
      <p className="registrations-export__hint">
        Öppnas i Excel. Innehåller namn och e-postadresser: spara inte filen längre än du behöver.
      </p>
    </div>
  )
}
