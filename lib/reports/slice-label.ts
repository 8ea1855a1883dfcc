import { FUNNEL_KIND_LABELS, type ReportSlice } from '@/lib/domain/report-kinds';

/** What a drill-down list is showing, in words (the reason's label comes from the caller). */
export function sliceLabel(slice: ReportSlice | null, reasonLabel?: string): string {
  if (!slice) return 'All applications in these filters';
  switch (slice.kind) {
    case 'reached':
      return `Applications that reached ${FUNNEL_KIND_LABELS[slice.stageKind]} or later`;
    case 'stayed':
      return `Applications that spent time in ${FUNNEL_KIND_LABELS[slice.stageKind]} and moved on`;
    case 'hired':
      return 'Applications moved to a hired stage';
    case 'source': {
      const source = slice.source === null ? 'no tracked source (direct)' : `source “${slice.source}”`;
      return `${slice.hiredOnly ? 'Hires' : 'Applications'} from ${source}`;
    }
    case 'rejection-reason':
      return `Rejected applications: ${slice.reasonId === null ? 'no reason recorded' : (reasonLabel ?? 'reason')}`;
    case 'period':
      return `Applications in the ${slice.unit} starting ${slice.start}`;
  }
}
