import { CAMPAIGN_KEYS } from '@/lib/tracking';

/**
 * The campaign tags of the link the candidate followed (gh_src, utm_*), in a fixed order.
 * React escapes the values: they came from a URL anyone could write.
 */
export function CampaignTags({ campaign }: { campaign: Record<string, string> }) {
  const entries = CAMPAIGN_KEYS.flatMap((key) => (campaign[key] ? [[key, campaign[key]] as const] : []));
  if (entries.length === 0) return null;
  return (
    <dl aria-label="Campaign tags" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
      {entries.map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="font-mono text-gray-600">{key}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
