import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Layers point one way: geometry <- board-model <- board-yjs <- apps. Nothing in
// packages/ reaches into apps/, and the server never pulls in browser UI libraries.
const appImports = {
  group: ['**/apps/**', '@sketchroom/web', '@sketchroom/server'],
  message: 'packages/ must not import from apps/',
};
const uiImports = {
  group: ['react', 'react-dom', 'konva', 'react-konva'],
  message: 'UI libraries belong in apps/web only',
};

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      // An import cycle fails the build (STYLE.md: layers point one way).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports, uiImports] }] },
  },
  {
    files: ['apps/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiImports] }] },
  },
);
