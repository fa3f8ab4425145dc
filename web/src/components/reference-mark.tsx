/**
 * "(reference)" after a base year or status that our reference list of official targets
 * supplied rather than a report (the API's base_year_from / status_from), naming the source.
 * @example <ReferenceMark what="Base year" source="Japan, NDC, UNFCCC NDC registry (2021-10-22)" />
 */
export function ReferenceMark({ what, source }: { what: string; source: string | null }) {
  const title = `${what} from our reference list of official targets, not from a report: ${source ?? 'source not recorded'}`
  return (
    <span class="ref-mark" data-ref={what.toLowerCase()} title={title}>
      {' '}(reference)
    </span>
  )
}
