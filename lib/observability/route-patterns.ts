import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';

// The route label of the request-duration histogram: the app's route pattern (/jobs/[slug]),
// never the raw path, so that no URL a client makes up adds a time series. `next build` writes
// the app's routes to routes-manifest.json, the dynamic ones most specific first, as Next's own
// router tries them. A path that only a rewrite serves (the bare /jobs board) gets the rewrite's
// source as its label.

interface ManifestRoute {
  page: string;
  regex: string;
}

interface ManifestRewrite {
  source: string;
  regex: string;
}

export interface RoutesManifest {
  staticRoutes?: ManifestRoute[];
  dynamicRoutes?: ManifestRoute[];
  rewrites?: { beforeFiles?: ManifestRewrite[]; afterFiles?: ManifestRewrite[]; fallback?: ManifestRewrite[] };
}

/** A path's route pattern, or undefined when no route of the app serves it. */
export type RouteMatcher = (pathname: string) => string | undefined;

export function routeMatcher({ staticRoutes = [], dynamicRoutes = [], rewrites = {} }: RoutesManifest): RouteMatcher {
  // Static routes by their path (with or without the trailing slash Next accepts), the rest in order.
  const statics = new Set(staticRoutes.map((route) => route.page));
  const patterns = [
    ...dynamicRoutes.map((route) => ({ label: route.page, regex: new RegExp(route.regex) })),
    ...[...(rewrites.beforeFiles ?? []), ...(rewrites.afterFiles ?? []), ...(rewrites.fallback ?? [])].map((rewrite) => ({
      label: rewrite.source,
      regex: new RegExp(rewrite.regex),
    })),
  ];
  return (pathname) => {
    // Next's own files: no route of the app is there, and routeLabel names them by their prefix.
    if (pathname.startsWith('/_next/')) return undefined;
    const bare = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    return statics.has(bare) ? bare : patterns.find((pattern) => pattern.regex.test(pathname))?.label;
  };
}

/**
 * The routes of the build this server runs. Without them (no build yet, or a Next upgrade that
 * changed the file) no path matches, and the one warning says why every label is `unmatched`.
 */
export function loadRouteMatcher(distDir: string = env.NEXT_DIST_DIR ?? '.next'): RouteMatcher {
  const file = path.resolve(process.cwd(), distDir, 'routes-manifest.json');
  try {
    return routeMatcher(JSON.parse(readFileSync(file, 'utf8')) as RoutesManifest);
  } catch (error) {
    logger.warn({ err: loggableError(error), file }, 'The build’s routes could not be read: every request is timed under the route "unmatched"');
    return () => undefined;
  }
}
