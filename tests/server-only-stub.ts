// Stand-in for the 'server-only' guard: Vitest runs server code outside React's server bundle.
export {};
