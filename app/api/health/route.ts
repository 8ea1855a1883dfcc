// Liveness: the process answers. It touches no database, so a slow database never gets a
// healthy instance restarted; /api/ready covers that.
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
