import { describe, expect, it } from 'vitest';
import { bannerLines } from './accounts-banner';

const demo = [
  { id: '1', email: 'admin@example.com', role: 'admin' as const },
  { id: '2', email: 'manager@example.com', role: 'hiring_manager' as const },
];

// Issue 10, finding 1: the banner announced the demo accounts whether or not they existed.
describe('the start-up banner', () => {
  it('names the demo accounts only when they exist', () => {
    expect(bannerLines({ demo, hasAdmin: true, mode: 'dev' })).toEqual([
      '  Demo accounts (password "portico-demo"): admin@example.com (admin), manager@example.com (hiring manager)',
    ]);
    expect(bannerLines({ demo: [], hasAdmin: true, mode: 'dev' })).toEqual([]);
  });

  it('tells a fresh installation to create its admin', () => {
    expect(bannerLines({ demo: [], hasAdmin: false, mode: 'start' })).toEqual([
      '  No admin yet: create yours with npm run create-admin -- --email you@example.com --name "Your Name"',
    ]);
  });

  it('warns that production will refuse demo accounts unless SEED_DEMO=true', () => {
    expect(bannerLines({ demo, hasAdmin: true, mode: 'start' })[1]).toContain('refuses to start');
    expect(bannerLines({ demo, hasAdmin: true, mode: 'start', seedDemo: true })).toHaveLength(1);
  });
});
