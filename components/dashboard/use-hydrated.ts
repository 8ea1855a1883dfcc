import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/** False in the server HTML and until React has hydrated; true from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
