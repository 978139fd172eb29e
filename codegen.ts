import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/src/graphql/schema/*.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/graphql/generated/**'],
  generates: {
    'server/src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        contextType: '../context#GraphQLContext',
        useIndexSignature: false,
        strictScalars: true,
      },
    },
    'client/src/graphql/generated/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string' }, strictScalars: true, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
