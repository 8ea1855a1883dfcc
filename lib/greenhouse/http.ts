import 'server-only';
import { unstable_cache } from 'next/cache';
import { NextResponse } from 'next/server';
import {
  getCachedBoardCompany,
  getCachedBoardDepartments,
  getCachedBoardPlaces,
  getCachedBoardQuestions,
  getCachedOpenBoardJobs,
} from '@/db/queries/public-board';
import { TAGS } from '@/lib/domain/cache-tags';
import { env } from '@/lib/env';
import type { BoardSource, GhResult } from './api';

/** The cached reads: every posting change expires them (revalidatePublicJobs). */
export const cachedBoardSource: BoardSource = {
  company: getCachedBoardCompany,
  openJobs: getCachedOpenBoardJobs,
  questions: getCachedBoardQuestions,
  departments: getCachedBoardDepartments,
  places: getCachedBoardPlaces,
};

export const appUrl = (): string => env.APP_URL;

// Public and read-only, like Greenhouse's: any site may read it (no credentials involved).
// Short browser/CDN lifetimes so a closed job leaves within a minute even behind a CDN; the
// server-side cache is expired at once by the posting change itself.
export const PUBLIC_READ_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Cache-Control': 'public, max-age=30, s-maxage=30, stale-while-revalidate=60',
} as const;

// Greenhouse: "The callback name may only contain numbers, letters, underscore, and period."
const CALLBACK = /^[A-Za-z0-9_.]{1,64}$/;

/** A result with its body already serialised. */
export interface SerialisedGhResult {
  status: GhResult['status'];
  json: string;
}

/**
 * A list endpoint's answer, serialised once and kept under the public job and settings tags, so
 * a request costs a cache read, not a mapping of every job (and its markdown). Only the real
 * board's answers are kept: a made-up board token must not become a cache entry.
 */
export async function cachedBoardResult(token: string, key: string[], compute: () => Promise<GhResult>): Promise<SerialisedGhResult> {
  const serialise = async (): Promise<SerialisedGhResult> => {
    const result = await compute();
    return { status: result.status, json: JSON.stringify(result.body) };
  };
  const company = await getCachedBoardCompany();
  if (!company || company.companySlug !== token) return serialise();
  return unstable_cache(serialise, ['greenhouse-body', ...key], { tags: [TAGS.jobs, TAGS.settings], revalidate: 3600 })();
}

/** JSON, or JSONP when `?callback=` names a function (Greenhouse supports both). */
export function greenhouseResponse(given: GhResult | SerialisedGhResult, request: Request): NextResponse {
  const result = 'json' in given ? given : { status: given.status, json: JSON.stringify(given.body) };
  const callback = new URL(request.url).searchParams.get('callback');
  const headers = { ...PUBLIC_READ_HEADERS, ...(result.status === 404 ? { 'Cache-Control': 'public, max-age=30' } : {}) };
  if (callback !== null) {
    if (!CALLBACK.test(callback)) {
      return NextResponse.json({ status: 400, error: 'The callback name may only contain numbers, letters, underscore, and period' }, { status: 400, headers });
    }
    // The comment guards against the Rosetta Flash family of content-sniffing attacks.
    const body = `/**/${callback}(${result.json});`;
    return new NextResponse(body, { status: result.status, headers: { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' } });
  }
  return new NextResponse(result.json, { status: result.status, headers: { ...headers, 'Content-Type': 'application/json' } });
}

/** CORS preflight answer shared by every Greenhouse route. */
export function preflight(): NextResponse {
  return new NextResponse(null, { status: 204, headers: { ...PUBLIC_READ_HEADERS, 'Access-Control-Max-Age': '86400' } });
}
