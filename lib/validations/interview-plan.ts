// The interview plan form: kinds with their scorecard criteria (one per line). Client-safe.
import { z } from 'zod';

export const PLAN_LIMITS = { kinds: 12, criteria: 12, name: 80, criterion: 120 } as const;
export const PLAN_MESSAGES = {
  name: `Give each kind a name of 1 to ${PLAN_LIMITS.name} characters`,
  criterion: `Keep each criterion to ${PLAN_LIMITS.criterion} characters, at most ${PLAN_LIMITS.criteria} per kind`,
  kinds: `Keep between 1 and ${PLAN_LIMITS.kinds} kinds of interview`,
  stale: 'Someone else saved this plan meanwhile: reload the page and make your change again.',
  notFound: 'Not found: this job does not exist or is not one of yours.',
} as const;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const planKindSchema = z.object({
  key: z.string().max(60).optional().transform((s) => s || null),
  name: z.string().trim().min(1, PLAN_MESSAGES.name).max(PLAN_LIMITS.name, PLAN_MESSAGES.name),
  criteria: z
    .string()
    .default('')
    .transform(lines)
    .pipe(z.array(z.string().max(PLAN_LIMITS.criterion, PLAN_MESSAGES.criterion)).max(PLAN_LIMITS.criteria, PLAN_MESSAGES.criterion)),
});

export const interviewPlanSchema = z.object({
  jobId: z.coerce.number().int().positive().max(2_147_483_647),
  planId: z.preprocess((v) => (v === '' ? null : v), z.coerce.number().int().positive().nullable()),
  kinds: z.array(planKindSchema).min(1, PLAN_MESSAGES.kinds).max(PLAN_LIMITS.kinds, PLAN_MESSAGES.kinds),
});
export type InterviewPlanInput = z.infer<typeof interviewPlanSchema>;

/** `kinds[<i>][name|criteria|key]` fields; a row whose name and criteria are both blank (the spare one) is left out. */
export function kindsFromForm(formData: FormData): Array<{ key: string; name: string; criteria: string }> {
  const rows = new Map<number, { key: string; name: string; criteria: string }>();
  for (const [field, value] of formData.entries()) {
    const match = /^kinds\[(\d{1,2})\]\[(key|name|criteria)\]$/.exec(field);
    if (!match || typeof value !== 'string') continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { key: '', name: '', criteria: '' };
    row[match[2] as 'key' | 'name' | 'criteria'] = value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.name.trim() || row.criteria.trim());
}
