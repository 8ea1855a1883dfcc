// The admins' EEO report: counts per answer with every count below EEO_MIN_REPORTED_COUNT
// hidden, so that no one's answer can be read off a small group. Where exactly one count of a
// question is hidden, the next smallest is hidden too: otherwise the total minus the others
// would give it away. Pure, so the rule is unit-tested on its own.
import { EEO_MIN_REPORTED_COUNT, EEO_OPTIONS, EEO_QUESTION_LABELS, EEO_QUESTIONS, type EeoQuestion } from '@/lib/domain/eeo';

export interface EeoReportCell {
  label: string;
  /** null: hidden (fewer than EEO_MIN_REPORTED_COUNT, or hidden so a hidden one cannot be worked out). */
  count: number | null;
}

export interface EeoReportQuestion {
  question: EeoQuestion;
  title: string;
  cells: EeoReportCell[];
}

export interface EeoReport {
  /** null when fewer than EEO_MIN_REPORTED_COUNT people answered: nothing is shown then. */
  respondents: number | null;
  questions: EeoReportQuestion[];
}

export function buildEeoReport(input: { respondents: number; rows: { question: EeoQuestion; answer: string | null; count: number }[] }): EeoReport {
  if (input.respondents < EEO_MIN_REPORTED_COUNT) return { respondents: null, questions: [] };
  const questions = EEO_QUESTIONS.map((question) => {
    const counts = new Map(input.rows.filter((r) => r.question === question).map((r) => [r.answer, r.count]));
    const raw = [
      ...EEO_OPTIONS[question].map((o) => ({ label: o.label, count: counts.get(o.value) ?? 0 })),
      { label: 'Left blank', count: counts.get(null) ?? 0 },
    ];
    const hidden = new Set(raw.flatMap((c, i) => (c.count > 0 && c.count < EEO_MIN_REPORTED_COUNT ? [i] : [])));
    if (hidden.size === 1) {
      // Secondary suppression: the smallest count still shown (a zero reveals nothing and stays).
      const next = raw
        .map((c, i) => ({ c, i }))
        .filter(({ c, i }) => !hidden.has(i) && c.count > 0)
        .sort((a, b) => a.c.count - b.c.count)[0];
      if (next) hidden.add(next.i);
    }
    return { question, title: EEO_QUESTION_LABELS[question], cells: raw.map((c, i) => ({ label: c.label, count: hidden.has(i) ? null : c.count })) };
  });
  return { respondents: input.respondents, questions };
}
