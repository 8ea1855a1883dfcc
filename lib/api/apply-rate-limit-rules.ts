import type { RateLimitRule } from '@/lib/rate-limit';

// Apply posts per client per 10 minutes. Anonymous callers (a careers widget in a browser) are
// counted by IP; a server holding an API key sends on behalf of many people and gets more.
export const API_APPLY_LIMITS: Record<'anonymous' | 'key', RateLimitRule> = {
  anonymous: { limit: 10, windowMs: 10 * 60_000 },
  key: { limit: 300, windowMs: 10 * 60_000 },
};
