// Cache tags of the public pages. Reads tag their data with these; writes call
// revalidatePublicJobs() (lib/revalidate-jobs.ts) so the board and job pages refresh at once.
export const TAGS = {
  jobs: 'jobs',
  job: (slug: string) => `job:${slug}`,
  settings: 'settings',
} as const;
