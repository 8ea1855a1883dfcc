import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { OtherApplication } from '@/db/types';
import { formatDate } from './format';

/** The candidate's other applications, on jobs the viewer may see (the query scopes them). */
export function OtherApplications({ applications }: { applications: OtherApplication[] }) {
  return (
    <Card aria-labelledby="other-applications-heading">
      <CardHeader>
        <CardTitle id="other-applications-heading">Other applications</CardTitle>
      </CardHeader>
      <CardContent>
        {applications.length === 0 ? (
          <p className="text-sm text-gray-600">None on jobs you can see.</p>
        ) : (
          <ul className="grid gap-3">
            {applications.map((application) => (
              <li key={application.id} className="grid gap-0.5 text-sm">
                <Link
                  href={`/dashboard/applications/${application.id}`}
                  className="font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
                >
                  {application.jobTitle}
                </Link>
                <span className="text-gray-600">
                  {application.stageName} · applied <time dateTime={application.submittedAt.toISOString()}>{formatDate(application.submittedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
