// Types for route-lifetimes.mjs (plain JavaScript, loaded by Next at run time; see that file).

export const ROUTE_LIFETIMES_MAX: number;
export function nextRouteLifetimes(): Map<string, unknown> | null;
export function trimOldest(map: Map<unknown, unknown>, max: number): number;
