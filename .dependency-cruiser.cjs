/**
 * The dependency rules of the house, checked by `npm run lint` (dependency-cruiser over src and
 * web/src). Layers, from the bottom: the model (pure domain records and rules), the engines that
 * compute over it (analysis, corridors, forecast), the browser-safe operation contracts, then the
 * I/O layers (dataset, store, ingest) and the two fronts (cli, server) and the web app.
 * test/architecture/boundaries.test.ts shows that a forbidden import fails the check.
 */

/* global module */

/** Pure libraries any layer may use: no I/O, no Node built-ins. */
const PURE_LIBS = ['zod', 'graphology', 'graphology-types', 'graphology-[a-z-]+'];
/** A package by name, wherever its node_modules is (a symlinked install resolves outside the project). */
const npm = (names) => `(^|/)node_modules/(${names.join('|')})/|^(${names.join('|')})$`;
const pureLib = npm(PURE_LIBS);
const zod = npm(['zod']);
const ENGINES = '^src/(analysis|corridors|forecast)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere, type-only ones included: a cycle means two files are one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment:
        'src/model is the domain only and must run in a browser: it imports nothing outside src/model but zod ' +
        '(no Node built-ins, no database, HTTP or CLI library, no I/O layer).',
      from: { path: '^src/model/' },
      to: { pathNot: [`^src/model/`, pureLib] },
    },
    {
      name: 'engines-import-only-the-model',
      severity: 'error',
      comment:
        'Engines (analysis, corridors, forecast) compute over the model: they import src/model, their own folder ' +
        'and pure libraries, never I/O (dataset, store, ingest), contracts, operations, a front, or a Node ' +
        'built-in. How an engine is offered as an operation lives in src/operations/analyses.',
      from: { path: `${ENGINES}` },
      to: { pathNot: ['^src/model/', '^src/$1/', pureLib] },
    },
    {
      name: 'contracts-import-only-the-model',
      severity: 'error',
      comment: 'src/contracts is imported by the web app: it may import only src/model, itself and zod.',
      from: { path: '^src/contracts/', pathNot: '^src/contracts/analyses/' },
      to: { pathNot: ['^src/contracts/', '^src/model/', zod] },
    },
    {
      name: 'analysis-contracts-import-only-engine-params',
      severity: 'error',
      comment:
        'Exception to contracts-import-only-the-model, kept narrow: the analysis contracts (src/contracts/analyses) ' +
        'reuse the parameter schemas each analysis engine declares in its own top-level file (src/analysis/<name>.ts), ' +
        'which engines-import-only-the-model keeps free of I/O. Nothing deeper in src/analysis, and nothing else.',
      from: { path: '^src/contracts/analyses/' },
      to: { pathNot: ['^src/contracts/', '^src/model/', zod, '^src/analysis/[^/]+[.]ts$'] },
    },
    {
      name: 'import-wire-is-pure',
      severity: 'error',
      comment:
        'The bulk-import batch (src/ingest/exchange/wire) crosses between threads and into every store: it imports ' +
        'only the model and the stored-row encodings (src/store/encoding), never a store, a file or a worker.',
      from: { path: '^src/ingest/exchange/wire/' },
      to: { pathNot: ['^src/ingest/exchange/wire/', '^src/model/', '^src/store/encoding/', pureLib] },
    },
    {
      name: 'store-encoding-is-pure',
      severity: 'error',
      comment:
        'How a record becomes rows (src/store/encoding) is the same on every backend: it imports the model and the ' +
        "store's types (src/store/store.ts, type-only), no backend and no database driver.",
      from: { path: '^src/store/encoding/' },
      to: { pathNot: ['^src/store/encoding/', '^src/model/', '^src/store/store[.]ts$', pureLib] },
    },
    {
      name: 'store-encoding-uses-store-types-only',
      severity: 'error',
      comment: 'src/store/encoding may use the Store interface file for its types, not run anything from it.',
      from: { path: '^src/store/encoding/' },
      to: { path: '^src/store/store[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-does-not-import-cli',
      severity: 'error',
      comment: 'The server and the CLI are two fronts over the same layers; what they share lives below both.',
      from: { path: '^src/server/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-starts-server-through-one-entry',
      severity: 'error',
      comment: 'The CLI reaches the server only to start it: src/cli/commands/serve.ts imports src/server/entry.ts.',
      from: { path: '^src/cli/', pathNot: '^src/cli/commands/serve[.]ts$' },
      to: { path: '^src/server/' },
    },
    {
      name: 'serve-imports-only-the-server-entry',
      severity: 'error',
      comment: 'The one entry from the CLI into the server is src/server/entry.ts.',
      from: { path: '^src/cli/commands/serve[.]ts$' },
      to: { path: '^src/server/', pathNot: '^src/server/entry[.]ts$' },
    },
    {
      name: 'web-imports-only-contracts',
      severity: 'error',
      comment:
        'The web app talks to the server over HTTP: from src/ it imports only the browser-safe contracts ' +
        '(src/contracts) and the model files they need.',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/contracts/', '^src/model/'] },
    },
    {
      name: 'tests-below-the-cli-do-not-import-it',
      severity: 'error',
      comment:
        'A test of a layer below the fronts (model, engines, dataset, store, ingest, server, contracts, operations) ' +
        'tests that layer: it never reaches into src/cli, which is only a front. Tests of the CLI (test/cli, the ' +
        'CLI tests inside other folders named cli.test.ts) and end-to-end tests may.',
      from: {
        path: '^test/(model|analysis|corridors|dataset|store|ingest|server|contracts|operations|architecture|docs|fuzz)/',
        pathNot: '(^|/)cli[.]test[.]ts$',
      },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a broken path (a moved file).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(web/)?dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
