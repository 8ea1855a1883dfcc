// Runs once when a Next.js server starts. The closing-date sweep needs Node (timers, crypto)
// and a server to call, so it starts neither in the Edge runtime nor during `next build`
// (Next skips register() there too; the check keeps that true whatever Next does next).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startCloseExpiredJobsSweep } = await import('./lib/jobs/start-sweep');
  startCloseExpiredJobsSweep();
}
