import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    rules: {
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
