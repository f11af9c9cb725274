import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '../access/roles'
import { pageFeedbackRanking, RANKING_DAYS } from '../pageFeedback/pageFeedbackRanking'

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 })

/**
 * "Sidfeedback" at /admin/sidfeedback: the pages readers found least helpful in the last 30
 * days (share of Nej, with the counts) and what they missed, for the newsroom's staff.
 */
export async function PageFeedbackView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const siteUrl = (req.payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl ?? ''
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: user ?? undefined,
    visibleEntities,
  }
  if (!user || !isStaffUser(user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Sidfeedback</h1>
          <p>Sidan är bara för redaktionen. Logga in med ditt konto.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const { from, to, pages } = await pageFeedbackRanking({ payload: req.payload, user })
  const withTexts = pages.filter((page) => page.texts.length > 0)
  return (
    <DefaultTemplate {...template}>
      <Gutter className="page-feedback">
        <h1>Sidfeedback</h1>
        <p>
          Svar på ”Hjälpte informationen på sidan dig?” de senaste {RANKING_DAYS} dagarna ({from}–
          {to}). Sidorna där flest svarade Nej kommer först.
        </p>
        {pages.length === 0 ? (
          <p>Inga svar de senaste {RANKING_DAYS} dagarna.</p>
        ) : (
          <table className="page-feedback__table">
            <caption>Sidor efter andel Nej</caption>
            <thead>
              <tr>
                <th scope="col">Sida</th>
                <th scope="col">Andel Nej</th>
                <th scope="col">Nej</th>
                <th scope="col">Ja</th>
                <th scope="col">Texter</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={page.page} data-page={page.page}>
                  <th scope="row">
                    <a href={`${siteUrl}${page.page}`}>{page.page}</a>
                  </th>
                  <td>{percent.format(page.noShare)}</td>
                  <td>{page.no}</td>
                  <td>{page.yes}</td>
                  <td>{page.texts.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {withTexts.length > 0 && (
          <section aria-labelledby="page-feedback-texts">
            <h2 id="page-feedback-texts">Vad läsarna saknade</h2>
            {withTexts.map((page) => (
              <section key={page.page} className="page-feedback__page">
                <h3>{page.page}</h3>
                <ul>
                  {page.texts.map((entry, index) => (
                    <li key={`${entry.day}-${index}`}>
                      <time dateTime={entry.day}>{entry.day}</time>: {entry.text}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
