import type { ServerProps } from 'payload'

/** Above the list of single answers: the ranked summary is what most want. */
export function PageFeedbackListLink({ payload }: ServerProps) {
  return (
    <p className="page-feedback-list-link">
      <a href={`${payload.config.routes.admin}/sidfeedback`}>
        Se sammanställningen: sidorna med flest Nej de senaste 30 dagarna
      </a>
    </p>
  )
}
