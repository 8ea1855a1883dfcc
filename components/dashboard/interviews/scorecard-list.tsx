import { CRITERION_RATING_LABELS, RECOMMENDATION_LABELS, RECOMMENDATION_SCORES, RECOMMENDATIONS, type Recommendation } from '@/lib/domain/hiring-loop';

export interface ScorecardItem {
  id: number;
  kindName: string;
  criteria: Array<{ key: string; label: string }>;
  reviewerName: string;
  recommendation: Recommendation;
  ratings: Record<string, number>;
  notes: string;
}

/** "2 strong yes, 1 no · average 3.0 of 4", from the scorecards the viewer may read. */
export function ScorecardTally({ items }: { items: ScorecardItem[] }) {
  if (items.length === 0) return null;
  // Best first: strong yes, yes, no, strong no.
  const counts = [...RECOMMENDATIONS].reverse().map((value) => [value, items.filter((item) => item.recommendation === value).length] as const).filter(([, n]) => n > 0);
  const average = items.reduce((sum, item) => sum + RECOMMENDATION_SCORES[item.recommendation], 0) / items.length;
  return (
    <p className="text-sm text-gray-800">
      {counts.map(([value, n]) => `${n} ${RECOMMENDATION_LABELS[value].toLowerCase()}`).join(', ')} · average {average.toFixed(1)} of 4
    </p>
  );
}

export function ScorecardList({ items, hiddenCount }: { items: ScorecardItem[]; hiddenCount: number }) {
  return (
    <div className="grid gap-3">
      {hiddenCount > 0 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {hiddenCount} {hiddenCount === 1 ? 'scorecard is' : 'scorecards are'} hidden until you submit yours, so your feedback is your own.
        </p>
      ) : null}
      <ScorecardTally items={items} />
      <ul className="grid gap-3">
        {items.map((item) => (
          <li key={item.id} className="grid gap-1 rounded-md border border-gray-200 p-3">
            <p className="text-sm font-medium text-gray-900">
              {item.reviewerName}: {RECOMMENDATION_LABELS[item.recommendation]} <span className="font-normal text-gray-700">({item.kindName})</span>
            </p>
            {item.criteria.length > 0 ? (
              <ul className="text-sm text-gray-800">
                {item.criteria.map((criterion) => (
                  <li key={criterion.key}>
                    {criterion.label}: {item.ratings[criterion.key] ? `${item.ratings[criterion.key]} ${CRITERION_RATING_LABELS[item.ratings[criterion.key]!]}` : 'not rated'}
                  </li>
                ))}
              </ul>
            ) : null}
            {item.notes ? <p className="text-sm break-words whitespace-pre-wrap text-gray-700">{item.notes}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
