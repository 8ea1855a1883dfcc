import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { AuditFilterOptions, AuditFilters as Filters } from '@/db/types';

/** A plain GET form: filtering works without JavaScript and every view has its own URL. */
export function AuditFilters({ filters, options }: { filters: Filters; options: AuditFilterOptions }) {
  const select = (id: string, label: string, value: string | undefined, all: string, items: { value: string; label: string }[]) => (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={id} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select('actor', 'Who', filters.actorId, 'Everyone', [
          { value: 'system', label: 'System' },
          ...options.actors.map((actor) => ({ value: actor.id, label: actor.label })),
        ])}
        {select('action', 'Action', filters.action, 'All actions', options.actions.map((a) => ({ value: a, label: a })))}
        {select('type', 'Entity type', filters.entityType, 'All types', options.entityTypes.map((t) => ({ value: t, label: t })))}
        <div className="grid gap-2">
          <Label htmlFor="from">From (UTC)</Label>
          <Input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="to">To (UTC)</Label>
          <Input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Filter</Button>
        <Link href="/admin/audit" className="text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
