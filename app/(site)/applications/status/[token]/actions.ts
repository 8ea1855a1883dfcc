'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { deleteApplicationData, withdrawApplication } from '@/db/queries/application-status';
import { countWrongStatusToken, statusLookupBlocked } from '@/lib/applications/status-rate-limit';
import { isWellFormedStatusToken, statusPath } from '@/lib/applications/status-token';
import { clientIp } from '@/lib/auth/client-ip';
import { logger } from '@/lib/logger';

// The token is the credential (no session): parse it, refuse a rate-limited IP, and let the
// query find the application by the token's hash. Plain form posts, so both work without JS.

async function checkedToken(formData: FormData): Promise<{ token: string; ip: string | null }> {
  const token = formData.get('token');
  const ip = clientIp(await headers());
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) notFound();
  return { token, ip };
}

export async function withdrawApplicationAction(formData: FormData): Promise<void> {
  const { token, ip } = await checkedToken(formData);
  let result: Awaited<ReturnType<typeof withdrawApplication>>;
  try {
    result = await withdrawApplication(token);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Withdrawing an application failed');
    throw new Error('Could not withdraw the application');
  }
  if (result === 'not-found') {
    await countWrongStatusToken(ip);
    notFound();
  }
  redirect(`${statusPath(token)}?done=withdrawn`);
}

export async function deleteApplicationDataAction(formData: FormData): Promise<void> {
  const { token, ip } = await checkedToken(formData);
  let result: Awaited<ReturnType<typeof deleteApplicationData>>;
  try {
    result = await deleteApplicationData(token);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Deleting application data failed');
    throw new Error('Could not delete the application data');
  }
  if (result === 'not-found') {
    await countWrongStatusToken(ip);
    notFound();
  }
  redirect('/applications/deleted');
}
