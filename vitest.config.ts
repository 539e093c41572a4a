import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Files that measure their whole process (peak RSS): they need a process of their own. */
const OWN_PROCESS = ['tests/ingest/hostile-files.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this Vite may load its ESM build while
    // type-graphql and Apollo load the CommonJS one ("another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time on the two-core machines: much of a file's time is spent waiting on
    // PostgreSQL, Chromium or a child process, so one core would sit idle with one file.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'hub',
          include: ['tests/**/*.test.ts'],
          exclude: OWN_PROCESS,
          // Each worker keeps the modules it has loaded from one file to the next (the server, Apollo,
          // MikroORM, ExcelJS...), where re-importing them for every file took about a third of the run.
          // Safe here: no test file declares TypeGraphQL or MikroORM classes of its own (their decorators
          // fill global metadata), the server keeps no module-level state beyond WeakMaps keyed by its
          // own objects, and tests restore what they change (spies, process.env.TZ). Test files
          // themselves are still evaluated afresh.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, isolate: true } },
    ],
  },
});
