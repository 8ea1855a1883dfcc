import type { z } from 'zod';
import type { FieldProblem } from './problem';

/** Every zod issue as a field problem; an unknown key is named itself rather than its parent. */
export function zodFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const parent = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: parent ? `${parent}.${key}` : key, detail: `${key} is not a field this endpoint takes` }));
    }
    return [{ field: parent || '(body)', detail: issue.message }];
  });
}
