import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Checkbox } from '@/components/ui/checkbox';
import type { ApplicantRow } from '@/db/types';
import { applicantsHref, type ApplicantParams, type ApplicantSort } from '@/lib/dashboard/applicant-params';
import { applicantName, formatRating, formatShortDate, ratingCountLabel } from '@/lib/dashboard/format';
import { cn } from '@/lib/utils';

interface Column {
  label: string;
  sort?: ApplicantSort;
}

const COLUMNS: Column[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Email' },
  { label: 'Stage', sort: 'stage' },
  { label: 'Rating', sort: 'rating' },
  { label: 'Applied', sort: 'date' },
  { label: 'Source' },
];

// On a phone each row becomes a card (the table keeps its roles, so screen readers still hear
// a table); a word before each value, hidden from assistive tech, stands in for the header.
const cell = 'block px-0 py-0.5 sm:table-cell sm:px-3 sm:py-2.5 sm:align-middle';
const mobileLabel = 'text-gray-600 sm:hidden';

function SortHeader({ column, jobId, params }: { column: Column; jobId: number; params: ApplicantParams }) {
  if (!column.sort) return <>{column.label}</>;
  const active = params.sort === column.sort;
  return (
    <Link
      href={applicantsHref(jobId, { ...params, after: undefined, before: undefined, sort: column.sort })}
      className={cn('rounded-sm underline-offset-4 hover:underline', active && 'text-gray-900 underline')}
    >
      {column.label}
      <span className="sr-only">{active ? ' (sorted)' : ', sort by this column'}</span>
    </Link>
  );
}

/** A page of applicants; the checkboxes belong to the surrounding bulk form. */
export function ApplicantTable({ rows, jobId, params }: { rows: ApplicantRow[]; jobId: number; params: ApplicantParams }) {
  return (
    <table role="table" className="block w-full border-collapse text-sm sm:table">
      <caption className="sr-only">Applicants, {rows.length} on this page</caption>
      <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
        <tr role="row">
          <th role="columnheader" scope="col" className="sticky top-0 z-10 w-12 border-b border-gray-200 bg-gray-50 px-3 py-2.5 text-left">
            <span className="sr-only">Select</span>
          </th>
          {COLUMNS.map((column) => (
            <th
              key={column.label}
              role="columnheader"
              scope="col"
              aria-sort={column.sort && params.sort === column.sort ? (column.sort === 'name' || column.sort === 'stage' ? 'ascending' : 'descending') : undefined}
              className="sticky top-0 z-10 border-b border-gray-200 bg-gray-50 px-3 py-2.5 text-left font-medium whitespace-nowrap text-gray-700"
            >
              <SortHeader column={column} jobId={jobId} params={params} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="grid gap-3 sm:table-row-group">
        {rows.map((row) => {
          const name = applicantName(row);
          return (
            <tr
              key={row.id}
              role="row"
              className="relative grid grid-cols-[auto_1fr] gap-x-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:p-0 sm:shadow-none sm:hover:bg-gray-50"
            >
              <td role="cell" className={cn(cell, 'row-span-6 pt-0.5 sm:w-12')}>
                <Checkbox name="applicationIds" value={row.id} aria-label={`Select ${name}`} />
              </td>
              <td role="cell" className={cn(cell, 'font-medium text-gray-900')}>
                <Link href={`/dashboard/applications/${row.id}`} className="underline-offset-4 hover:underline">
                  {name}
                </Link>
              </td>
              <td role="cell" className={cn(cell, 'break-all text-gray-700 sm:max-w-64 sm:truncate')}>
                {row.email}
              </td>
              <td role="cell" className={cell}>
                <span aria-hidden="true" className={mobileLabel}>
                  Stage{' '}
                </span>
                <Badge variant={row.stageKind === 'rejected' ? 'outline' : row.stageKind === 'hired' ? 'success' : 'secondary'}>{row.stageName}</Badge>
                {row.withdrawn ? (
                  <Badge variant="warning" className="ml-1">
                    Withdrawn
                  </Badge>
                ) : null}
              </td>
              <td role="cell" className={cn(cell, 'tabular-nums')}>
                <span aria-hidden="true" className={mobileLabel}>
                  Rating{' '}
                </span>
                <span title={row.ratingCount ? ratingCountLabel(row.ratingCount) : 'Not rated yet'}>{formatRating(row.ratingAverage)}</span>
                {row.ratingAverage === null ? <span className="sr-only">not rated yet</span> : null}
              </td>
              <td role="cell" className={cn(cell, 'whitespace-nowrap text-gray-700')}>
                <span aria-hidden="true" className={mobileLabel}>
                  Applied{' '}
                </span>
                <time dateTime={row.submittedAt.toISOString()}>{formatShortDate(row.submittedAt)}</time>
              </td>
              <td role="cell" className={cn(cell, 'break-all text-gray-700 sm:max-w-40 sm:truncate')}>
                <span aria-hidden="true" className={mobileLabel}>
                  Source{' '}
                </span>
                <span title={row.source ?? undefined}>{row.source ?? 'Direct'}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
