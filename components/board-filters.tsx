import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { BoardFilterOptions } from '@/db/queries/jobs';
import { EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS, WORKPLACE_TYPES, WORKPLACE_TYPE_LABELS } from '@/lib/domain/job-enums';
import { SEARCH_QUERY_MAX_LENGTH, type BoardParams } from '@/lib/search/board-params';

export type BoardFiltersProps = {
  params: BoardParams;
  options: BoardFilterOptions;
};

type SelectFilter = {
  name: 'department' | 'country' | 'workplace' | 'type';
  label: string;
  anyLabel: string;
  choices: Array<{ value: string; label: string }>;
};

// A plain GET form: the URL holds the whole state, so it works without JavaScript, can be
// shared, and the back button walks through earlier searches. No page field: a new search starts at 1.
export function BoardFilters({ params, options }: BoardFiltersProps) {
  const selects: SelectFilter[] = [
    { name: 'department', label: 'Department', anyLabel: 'All departments', choices: options.departments.map((d) => ({ value: d.slug, label: d.name })) },
    { name: 'country', label: 'Country', anyLabel: 'All countries', choices: options.countries.map((c) => ({ value: c.code, label: c.name })) },
    { name: 'workplace', label: 'Workplace', anyLabel: 'Any workplace', choices: WORKPLACE_TYPES.map((w) => ({ value: w, label: WORKPLACE_TYPE_LABELS[w] })) },
    { name: 'type', label: 'Job type', anyLabel: 'Any job type', choices: EMPLOYMENT_TYPES.map((t) => ({ value: t, label: EMPLOYMENT_TYPE_LABELS[t] })) },
  ];

  return (
    <form action="/jobs" method="get" role="search" aria-label="Search and filter jobs" className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor="board-q">Search jobs</Label>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Input
            id="board-q"
            type="search"
            name="q"
            defaultValue={params.q ?? ''}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            placeholder="Title, skill, team or city"
            autoComplete="off"
            enterKeyHint="search"
          />
          <Button type="submit" className="sm:w-32">
            Search
          </Button>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-4">
        {selects.map((filter) => (
          <div key={filter.name} className="grid gap-2">
            <Label htmlFor={`board-${filter.name}`}>{filter.label}</Label>
            <NativeSelect id={`board-${filter.name}`} name={filter.name} defaultValue={params[filter.name] ?? ''}>
              <option value="">{filter.anyLabel}</option>
              {filter.choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </NativeSelect>
          </div>
        ))}
      </div>
    </form>
  );
}
