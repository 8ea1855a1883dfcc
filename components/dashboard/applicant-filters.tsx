import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { StageCount } from '@/db/types';
import {
  APPLICANT_SEARCH_MAX_LENGTH,
  APPLICANT_SORT_LABELS,
  APPLICANT_SORTS,
  applicantsHref,
  hasApplicantFilters,
  MIN_RATING_OPTIONS,
  type ApplicantParams,
} from '@/lib/dashboard/applicant-params';

/** A GET form: every choice lands in the URL, so it works without JavaScript and can be shared. */
export function ApplicantFilters({ jobId, stages, params }: { jobId: number; stages: StageCount[]; params: ApplicantParams }) {
  return (
    // Keyed by the URL's state: a client-side navigation ("Clear filters", a sort link) keeps the
    // component, and uncontrolled fields would otherwise keep showing the old choices.
    <form
      key={JSON.stringify([params.q, params.stage, params.rating, params.sort])}
      method="get"
      action={applicantsHref(jobId)}
      role="search"
      aria-label="Filter applicants"
      className="grid grid-cols-2 items-end gap-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
    >
      <div className="col-span-2 grid gap-1.5 lg:col-span-1">
        <Label htmlFor="applicant-q">Search by name or email</Label>
        <Input id="applicant-q" name="q" type="search" defaultValue={params.q ?? ''} maxLength={APPLICANT_SEARCH_MAX_LENGTH} autoComplete="off" spellCheck={false} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="applicant-stage">Stage</Label>
        <NativeSelect id="applicant-stage" name="stage" defaultValue={params.stage ?? ''}>
          <option value="">All stages</option>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name} ({stage.count.toLocaleString('en-US')})
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="applicant-rating">Minimum rating</Label>
        <NativeSelect id="applicant-rating" name="rating" defaultValue={params.rating ?? ''}>
          <option value="">Any rating</option>
          {MIN_RATING_OPTIONS.map((value) => (
            <option key={value} value={value}>
              {value === 4 ? '4 only' : `${value} or higher`}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="applicant-sort">Sort by</Label>
        <NativeSelect id="applicant-sort" name="sort" defaultValue={params.sort}>
          {APPLICANT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {APPLICANT_SORT_LABELS[sort]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Apply</Button>
        {hasApplicantFilters(params) ? (
          <Link href={applicantsHref(jobId, { sort: params.sort })} className="text-sm font-medium text-gray-700 underline underline-offset-4">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
