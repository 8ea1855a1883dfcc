import { describe, expect, it } from 'vitest';
import { JOB_STATUSES } from '@/lib/domain/job-enums';
import { availableTransitions, canTransition, transitionRefusal } from './lifecycle';

describe('the job lifecycle', () => {
  it('offers each status exactly its next steps', () => {
    expect(availableTransitions('draft')).toEqual(['publish']);
    expect(availableTransitions('published')).toEqual(['close']);
    expect(availableTransitions('closed')).toEqual(['reopen', 'archive']);
    expect(availableTransitions('archived')).toEqual([]);
  });

  it('refuses every other move', () => {
    const allowed = new Set(['draft:publish', 'published:close', 'closed:reopen', 'closed:archive']);
    for (const status of JOB_STATUSES) {
      for (const transition of ['publish', 'close', 'reopen', 'archive'] as const) {
        expect(canTransition(status, transition), `${status} → ${transition}`).toBe(allowed.has(`${status}:${transition}`));
      }
    }
  });

  it('explains a refusal with the job’s current status', () => {
    expect(transitionRefusal('publish', 'closed')).toBe('Only a draft can be published. This job is closed.');
    expect(transitionRefusal('archive', 'published')).toBe('Only a closed job can be archived. This job is published.');
  });
});
