import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'server/generated/', '.parley/', 'sdks/typescript/dist/', 'sdks/python/', 'console/dist/'] },
  // The TypeScript SDK's generated files (sdks/codegen/typescript.ts writes them): checked for freshness, not style.
  { ignores: ['sdks/typescript/src/resources/', 'sdks/typescript/src/types.ts', 'sdks/typescript/src/client.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  { files: ['test/**', 'openapi/**', 'sdks/codegen/**', 'server/cli/**'], rules: { 'no-console': 'off' } },
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
