import type { WorkplaceType } from './job-enums';

// How a posting words its work location ("Work location: In person"), as job descriptions do.
export const WORK_LOCATION_LABELS: Record<WorkplaceType, string> = {
  on_site: 'In person',
  hybrid: 'Hybrid (part remote, part in person)',
  remote: 'Remote',
};
