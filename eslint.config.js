import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const notSeed = { regex: '(^|/)seed/', message: 'The server imports the domain, never the seed folder.' };

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'neo4j/target', '**/generated/**', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // neo4j-driver types its plain option objects (SessionConfig, Config) as classes.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  // Imports run one way: domain ← server ← seed's command line. The domain (kinds, row schemas, validation, dates, the
  // text rule) imports neither the server nor the seed; the server never imports the seed folder.
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(server|seed|client)/', message: 'The domain imports neither the server, the seed nor the client.' }] }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notSeed] }] },
  },
  // Gaps and silos read the same cooperation state (domain/cooperation/) and never each other; what needs both
  // (the what-if preview, the diff's headline figures) imports both from outside.
  {
    files: ['server/src/gaps/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notSeed, { regex: '(^|/)silos/', message: 'Gaps do not import silos.' }] }] },
  },
  {
    files: ['server/src/silos/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notSeed, { regex: '(^|/)gaps/', message: 'Silos do not import gaps.' }] }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
);
