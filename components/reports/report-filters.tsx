import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { ReportFilterOptions } from '@/db/types';
import { reportsHref, type ReportFilters } from '@/lib/reports/report-params';

/** A GET form: the filters land in the URL, so the report works without JavaScript and can be shared. */
export function ReportFiltersForm({ filters, options }: { filters: ReportFilters; options: ReportFilterOptions }) {
  return (
    <form
      key={JSON.stringify(filters)}
      method="get"
      action={reportsHref({})}
      aria-label="Filter reports"
      className="grid grid-cols-2 items-end gap-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]"
    >
      <div className="col-span-2 grid gap-1.5 lg:col-span-1">
        <Label htmlFor="report-job">Job</Label>
        <NativeSelect id="report-job" name="job" defaultValue={filters.job ?? ''}>
          <option value="">All jobs</option>
          {options.jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="report-department">Department</Label>
        <NativeSelect id="report-department" name="department" defaultValue={filters.department ?? ''}>
          <option value="">All departments</option>
          {options.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="report-location">Location</Label>
        <NativeSelect id="report-location" name="location" defaultValue={filters.location ?? ''}>
          <option value="">All locations</option>
          {options.locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="report-from">Applied from</Label>
        <Input id="report-from" name="from" type="date" defaultValue={filters.from ?? ''} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="report-to">Applied until</Label>
        <Input id="report-to" name="to" type="date" defaultValue={filters.to ?? ''} />
      </div>
      <div className="col-span-2 flex items-center gap-3 lg:col-span-1">
        <Button type="submit">Apply filters</Button>
        <Link href={reportsHref({})} className="text-sm text-gray-700 underline underline-offset-4">
          Clear
        </Link>
      </div>
    </form>
  );
}
