// The one-way layers of ARCHITECTURE.md, as lint zones: `target` files may not import from
// `from`. import/no-restricted-paths resolves every import (the `@/` alias and relative paths
// alike), so `../../lib/x` is caught as surely as `@/lib/x`. Tests are not a layer: they may reach
// into any layer to set up and check it, so they are left out (see eslint.config.mjs).

const DOMAIN_ONLY = 'lib/domain holds pure constants, types and functions: it imports nothing but itself.';
const SCHEMA = 'db/schema may import only lib/domain (enums, value types): the schema sits below all logic.';
const QUERIES =
  'db/queries may import only db/ and lib/domain: queries run SQL and take their inputs as arguments; decisions stay in lib/.';
const LIB = 'lib/ sits below the routes and the components: pass what it needs as arguments instead of importing upwards.';
const COMPONENTS_APP =
  'Components never import from app/ (server actions included): the page passes the action to the form as a prop.';
const COMPONENTS_DB =
  'Components never import the database: take data as props; view types come from lib/ or db/types.ts.';
const PUBLIC_STAFF = 'Public-site code never imports staff (dashboard/admin) code: the public pages must stay sessionless and cacheable.';

/** Everything outside lib/domain a lib/domain file could reach. */
const ABOVE_DOMAIN = ['./app', './components', './db', './auth.ts', './auth.config.ts', './proxy.ts', './scripts'];
/** The routes and the entry points above them. (auth.ts is Auth.js's setup, part of lib/auth: lib/auth/session reads it.) */
const ROUTES = ['./app', './proxy.ts', './scripts'];

/** Public-site code: the board, job pages, apply, status page and the components made for them. */
export const PUBLIC_SITE = [
  './app/(site)',
  './components/apply',
  './components/board',
  './components/job',
  './components/status',
  './components/job-board.tsx',
  './components/job-card.tsx',
  './components/job-meta.tsx',
];
const STAFF = ['./app/dashboard', './app/admin', './components/dashboard', './components/admin'];

export const layerZones = [
  { target: './lib/domain', from: ABOVE_DOMAIN, message: DOMAIN_ONLY },
  { target: './lib/domain', from: './lib', except: ['./domain'], message: DOMAIN_ONLY },

  { target: './db/schema', from: [...ROUTES, './components', './db/queries'], message: SCHEMA },
  { target: './db/schema', from: './lib', except: ['./domain'], message: SCHEMA },

  { target: './db/queries', from: [...ROUTES, './components'], message: QUERIES },
  { target: './db/queries', from: './lib', except: ['./domain'], message: QUERIES },

  { target: './lib', from: [...ROUTES, './components'], message: LIB },

  { target: './components', from: ROUTES, message: COMPONENTS_APP },
  { target: './components', from: './db', except: ['./types.ts'], message: COMPONENTS_DB },

  ...PUBLIC_SITE.map((target) => ({ target, from: STAFF, message: PUBLIC_STAFF })),
];

/** Files that are entry points or tests, not layers: they may wire any layer together. */
export const layerRuleIgnores = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'e2e/**', 'scripts/**', 'db/seed*.ts', 'db/seed-data/**', 'db/migrate.ts'];

const SQL_IN_LIB =
  'All SQL lives in db/queries: lib/ calls a query function instead of building SQL (types from drizzle-orm and db/schema are fine).';

export const layerRules = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: layerRuleIgnores,
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // lib/ keeps the decisions; the statements are db/queries' (type imports carry no SQL).
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: layerRuleIgnores,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], allowTypeImports: true, message: SQL_IN_LIB },
            { group: ['@/db/schema', '@/db/schema/*', '**/db/schema', '**/db/schema/*'], allowTypeImports: true, message: SQL_IN_LIB },
          ],
        },
      ],
    },
  },
];
