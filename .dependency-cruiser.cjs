// The architecture's layer rules (README "Layout", docs/architecture.md), checked by
// `npm run lint` instead of by review. Imports point inward: app/embed/cli → ui → db → core.
//
// Parser: dependency-cruiser reads TypeScript through the `typescript` package only for
// versions below 7, and TypeScript 7 has no compiler API, so we use its swc parser
// (@swc/core). swc reports `import type` as an ordinary import, so type imports count for
// these rules too, which is what we want: a type from an outer layer is still a wrong-way
// dependency.
//
// Import cycles are checked by Biome's `noImportCycles` (biome.json), not here. We allow
// cycles through `import type`, since the compiler erases them, and only Biome can tell
// them apart: the swc parser doesn't label type-only imports, so a `no-circular` rule here
// would flag every type-only cycle, e.g. message.ts ⇄ ui-messages.ts.

/** Files that exist only for tests: specs, their builders and fixtures, journeys, benchmarks. */
const TEST_ONLY = [
  '\\.test\\.ts$',
  // Test helpers (builders, fixtures, an in-memory CLI io) live in test/helpers, apart from src.
  '^test/',
  '^e2e/',
  '^bench/',
];

/**
 * Production code of one layer: its files under src/, minus test-only files. The layer rules
 * judge production code only; a test may reach across layers (core tests run on the Node
 * engine from src/db).
 */
const production = (layer) => ({ path: `^src/${layer}/`, pathNot: TEST_ONLY });

/**
 * Libraries that need a DOM; the core must run in Node and in a worker without one. Of CodeMirror,
 * @codemirror/lang-sql is allowed: the checker reads SQL structure with its lezer parser
 * (`SQLite.language.parser`), which is DOM-free and the same grammar the editor highlights with; its
 * view and state packages stay out (@lezer/* is not listed, so the parser runtime is allowed too).
 */
const DOM_LIBRARIES = '^node_modules/(dompurify|idb-keyval|jsdom|codemirror|@codemirror/(?!lang-sql/))';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-innermost',
      comment: 'src/core is pure TypeScript: it defines the interfaces (e.g. the engine) that outer layers implement and imports none.',
      severity: 'error',
      from: production('core'),
      to: { path: '^src/(db|ui|app|cli|embed)/' },
    },
    {
      name: 'core-has-no-node-builtins',
      comment: 'src/core also runs in the browser and in a worker: no node:* built-ins (fs, path, os, ...); Node I/O is src/db or src/cli.',
      severity: 'error',
      from: production('core'),
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-has-no-dom-libraries',
      comment:
        'src/core has no DOM: DOMPurify, CodeMirror (but its DOM-free SQL parser, @codemirror/lang-sql) and idb-keyval are used from src/ui or src/app.',
      severity: 'error',
      from: production('core'),
      to: { path: DOM_LIBRARIES },
    },
    {
      name: 'db-is-below-ui',
      comment: 'src/db implements the core engine interface; it knows nothing of the UI, the app, the CLI or the embed.',
      severity: 'error',
      from: production('db'),
      to: { path: '^src/(ui|app|cli|embed)/' },
    },
    {
      name: 'ui-is-below-app',
      comment: 'src/ui components are wired by the app and the embed; they never import them (or the CLI).',
      severity: 'error',
      from: production('ui'),
      to: { path: '^src/(app|cli|embed)/' },
    },
    {
      name: 'ui-talks-to-the-engine-interface',
      comment: 'src/ui uses the engine through src/core/engine.ts; the app chooses the implementation from src/db and hands it in.',
      severity: 'error',
      from: production('ui'),
      to: { path: '^src/db/' },
    },
    {
      name: 'app-is-beside-embed',
      comment: 'src/app and src/embed are two outer layers side by side: the app never imports the embed.',
      severity: 'error',
      from: production('app'),
      to: { path: '^src/embed/' },
    },
    {
      name: 'embed-is-outermost',
      comment: 'src/embed wires ui, db and core (and the app\'s progress store and lesson fetching) into <junction-lesson>; it has no CLI.',
      severity: 'error',
      from: production('embed'),
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-has-no-ui',
      comment: 'The CLI runs in Node: it may use core and db, never the DOM layers (ui, app, embed).',
      severity: 'error',
      from: production('cli'),
      to: { path: '^src/(ui|app|embed)/' },
    },
    {
      name: 'sql-js-only-in-db',
      comment: 'src/db is the only code that touches sql.js; everything else goes through the engine interface.',
      severity: 'error',
      from: { pathNot: '^src/db/' },
      to: { path: '^node_modules/sql\\.js/' },
    },
    {
      name: 'production-has-no-test-helpers',
      comment: 'Production code never imports specs, test builders/fixtures, e2e journeys or benchmarks (they would ship in the bundle).',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_ONLY },
      to: { path: TEST_ONLY },
    },
    {
      name: 'every-import-resolves',
      comment: 'Guard for the rules above: an import the cruiser cannot resolve would slip past them unseen.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    // Packages are leaves: we judge who imports them, not what they import.
    doNotFollow: { path: '^node_modules' },
  },
};
