import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { RatingView } from '@/db/types';
import { describeAverage, ratingLabel, type RatingActionState } from '@/lib/validations/rating';
import type { FormAction } from '@/lib/action-state';
import { RatingForm } from './rating-form';

export interface RatingSectionProps {
  /** rateApplicationAction, passed by the page. */
  action: FormAction<RatingActionState>;
  applicationId: number;
  viewerId: string;
  /** applications.rating_average/rating_count, kept by the ratings trigger. */
  average: number | null;
  count: number;
  ratings: RatingView[];
}

export function RatingSection({ action, applicationId, viewerId, average, count, ratings }: RatingSectionProps) {
  const own = ratings.find((rating) => rating.userId === viewerId);
  return (
    <Card aria-labelledby="rating-heading">
      <CardHeader>
        <CardTitle id="rating-heading">Rating</CardTitle>
        <p className="text-sm text-gray-700">{describeAverage(average, count) ?? 'Nobody has rated this applicant yet.'}</p>
      </CardHeader>
      <CardContent className="grid gap-5">
        {ratings.length > 0 ? (
          <ul className="grid gap-2" aria-label="Ratings by reviewer">
            {ratings.map((rating) => (
              <li key={rating.userId} className="flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="text-gray-900">
                  {rating.reviewerName}
                  {rating.userId === viewerId ? <span className="text-gray-600"> (you)</span> : null}
                </span>
                <span className="font-medium text-gray-900">{ratingLabel(rating.score)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <RatingForm action={action} applicationId={applicationId} currentScore={own?.score ?? null} />
      </CardContent>
    </Card>
  );
}
