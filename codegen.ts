import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The dashboard's response and variable types, generated from schema.graphql and the operations
 * written in dashboard/src/api (npm run codegen; tests/dashboard/codegen.test.ts fails on drift).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['dashboard/src/api/**/*.ts', '!dashboard/src/api/generated/**'],
  // Only the generated graphql() marks a document: the client's request function is no tag.
  pluckConfig: { modules: [{ name: './generated', identifier: 'graphql' }], globalGqlIdentifierName: [] },
  generates: {
    'dashboard/src/api/generated/': {
      preset: 'client',
      // Plain strings on the wire: the browser bundle carries no GraphQL parser.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, skipTypename: true, avoidOptionals: { field: true } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
