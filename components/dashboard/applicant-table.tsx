'use client';

import Link from 'next/link';
import { applicantsHref, type ApplicantParams, type ApplicantSort } from '@/lib/dashboard/applicant-params';
import { unpackApplicant, type PackedApplicant } from '@/lib/dashboard/applicant-rows';
import { applicantName, formatRating, formatShortDate, ratingCountLabel } from '@/lib/dashboard/format';
import { clsx } from 'clsx';

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

function SortHeader({ column, jobId, params }: { column: Column; jobId: number; params: ApplicantParams }) {
  if (!column.sort) return <>{column.label}</>;
  const active = params.sort === column.sort;
  return (
    <Link
      href={applicantsHref(jobId, { ...params, after: undefined, before: undefined, sort: column.sort })}
      className={clsx('rounded-sm underline-offset-4 hover:underline', active && 'text-gray-900 underline')}
    >
      {column.label}
      <span className="sr-only">{active ? ' (sorted)' : ', sort by this column'}</span>
    </Link>
  );
}

/**
 * A page of applicants; the checkboxes belong to the surrounding bulk form. A client component
 * so that the page sends the rows once, as data (tuples, lib/dashboard/applicant-rows.ts), rather
 * than also as a rendered element tree beside the HTML (was 177 KB of the 308 KB page at 50 rows).
 *
 * The cells are styled by position from globals.css (`.applicants`), not by a class each. On a
 * phone each row becomes a card (the table keeps its roles, so screen readers still hear a
 * table), and a cell's `data-label` is shown before its value in place of the column header.
 */
export function ApplicantTable({ rows: packed, jobId, params }: { rows: PackedApplicant[]; jobId: number; params: ApplicantParams }) {
  const rows = packed.map(unpackApplicant);
  return (
    <table role="table" className="applicants block w-full border-collapse text-sm sm:table">
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
            <tr key={row.id} role="row">
              <td role="cell">
                <input type="checkbox" name="applicationIds" value={row.id} aria-label={`Select ${name}`} />
              </td>
              <td role="cell">
                <Link href={`/dashboard/applications/${row.id}`}>{name}</Link>
              </td>
              <td role="cell">{row.email}</td>
              <td role="cell" data-label="Stage">
                <span className={clsx('applicant-stage', row.stageKind === 'rejected' && 'is-rejected', row.stageKind === 'hired' && 'is-hired')}>{row.stageName}</span>
                {row.withdrawn ? <span className="applicant-stage is-withdrawn">Withdrawn</span> : null}
              </td>
              <td role="cell" data-label="Rating">
                <span title={row.ratingCount ? ratingCountLabel(row.ratingCount) : 'Not rated yet'}>{formatRating(row.ratingAverage)}</span>
                {row.ratingAverage === null ? <span className="sr-only">not rated yet</span> : null}
              </td>
              <td role="cell" data-label="Applied">
                <time dateTime={row.submittedAt.toISOString()}>{formatShortDate(row.submittedAt)}</time>
              </td>
              <td role="cell" data-label="Source">
                {row.source ? <span title={row.source}>{row.source}</span> : 'Direct'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
