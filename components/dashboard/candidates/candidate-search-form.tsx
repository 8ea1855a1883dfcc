import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { CANDIDATE_QUERY_MAX_LENGTH } from '@/lib/domain/candidate-search';

/** A GET form: the query and pool land in the URL (`?q=`, `?pool=`), so a search works without JavaScript and can be shared. */
export function CandidateSearchForm({ query, pools, poolId }: { query: string; pools: Array<{ id: number; name: string }>; poolId?: number }) {
  return (
    <form key={`${query}|${poolId ?? ''}`} method="get" action="/dashboard/candidates" role="search" aria-label="Search candidates" className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs">
      <div className="grid min-w-0 flex-1 gap-1.5">
        <Label htmlFor="candidate-q">Name, email, tag, source or words in their resume</Label>
        <Input id="candidate-q" name="q" type="search" defaultValue={query} maxLength={CANDIDATE_QUERY_MAX_LENGTH} autoComplete="off" spellCheck={false} />
      </div>
      {pools.length > 0 ? (
        <div className="grid gap-1.5">
          <Label htmlFor="candidate-pool">Talent pool</Label>
          <NativeSelect id="candidate-pool" name="pool" defaultValue={poolId ?? ''}>
            <option value="">Everyone</option>
            {pools.map((pool) => (
              <option key={pool.id} value={pool.id}>
                {pool.name}
              </option>
            ))}
          </NativeSelect>
        </div>
      ) : null}
      <Button type="submit">Search</Button>
    </form>
  );
}
