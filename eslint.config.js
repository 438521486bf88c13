import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Layers point one way: geometry <- board-model <- board-render / board-yjs <- apps, and
// nothing in packages/ reaches into apps/ (DESIGN.md, "Layout"). Each package lists the
// workspace packages it may import; every other one is an error, by package name or by a
// relative path into its folder. test/lint/layers.test.ts plants an upward import in each
// package and checks that these rules fire.

/** The workspace packages under packages/, by folder (= `@sketchroom/<folder>`). */
const PACKAGES = ['geometry', 'board-model', 'board-render', 'board-yjs', 'wire', 'board-access'];

/** Imports of the packages not in `allowed`: by name, or by a relative path into packages/. */
function workspacePackagesExcept(folder, allowed) {
  const forbidden = PACKAGES.filter((name) => name !== folder && !allowed.includes(name));
  if (forbidden.length === 0) return [];
  // Folder names are plain [a-z-], safe inside a regular expression as they are.
  const names = forbidden.join('|');
  return [
    {
      regex: `^(@sketchroom/(${names})(/.*)?|(\\.\\./){2,}(packages/)?(${names})(/.*)?)$`,
      message: `packages/${folder} may import only ${allowed.length ? allowed.join(', ') : 'no other workspace package'} (DESIGN.md layers)`,
    },
  ];
}

const appImports = {
  group: [
    '**/apps/**',
    '@sketchroom/web',
    '@sketchroom/web/*',
    '@sketchroom/server',
    '@sketchroom/server/*',
  ],
  message: 'packages/ must not import from apps/',
};
const uiImports = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'konva', 'konva/*', 'react-konva'],
  message: 'UI libraries belong in apps/web only',
};
const yjsImports = {
  group: ['yjs', 'y-protocols', 'y-protocols/*', 'y-websocket', 'y-indexeddb'],
  message: 'only board-yjs (and the apps) know Yjs; this package is pure',
};

/** One package's rule: never apps/ or UI libraries, only the listed workspace packages. */
function packageLayer(folder, { allowed = [], extra = [] } = {}) {
  return {
    files: [`packages/${folder}/**/*.{ts,tsx,js}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [appImports, uiImports, ...workspacePackagesExcept(folder, allowed), ...extra],
        },
      ],
    },
  };
}

/** Within apps/web: the editor does not know its tools, actions or the React/Konva UI. */
const webFolders = (folders) => folders.map((folder) => `**/${folder}/**`);
function webLayer(folder, forbidden, message) {
  return {
    files: [`apps/web/src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/test-editor.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...webFolders(forbidden), ...uiImports.group], message }] },
      ],
    },
  };
}

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
      // Cycles inside one package, while editing. Cycles through workspace packages and
      // type-only ones are `pnpm cycles` (dependency-cruiser), which `pnpm check` runs.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  packageLayer('geometry', { extra: [yjsImports] }),
  packageLayer('board-model', { allowed: ['geometry'], extra: [yjsImports] }),
  packageLayer('board-render', { allowed: ['geometry', 'board-model'], extra: [yjsImports] }),
  packageLayer('board-yjs', { allowed: ['geometry', 'board-model'] }),
  packageLayer('board-access', { extra: [yjsImports] }),
  // The wire format is bytes over lib0; its tests may talk to real Yjs clients.
  packageLayer('wire'),
  {
    files: ['packages/wire/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            appImports,
            uiImports,
            ...workspacePackagesExcept('wire', []),
            { ...yjsImports, message: 'packages/wire may import only lib0' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            uiImports,
            {
              group: ['**/apps/web/**', '**/web/src/**', '@sketchroom/web', '@sketchroom/web/*'],
              message: 'the server never imports the web app',
            },
          ],
        },
      ],
    },
  },
  webLayer(
    'editor',
    ['tools', 'actions', 'canvas', 'editor-ui', 'ui', 'pages'],
    'the editor receives its tools and actions and knows no UI (DESIGN.md)',
  ),
  webLayer(
    'tools',
    ['actions', 'canvas', 'editor-ui', 'ui', 'pages'],
    'tools see the editor through ToolHost and know no UI',
  ),
  webLayer('actions', ['canvas', 'editor-ui', 'ui', 'pages'], 'actions know no UI'),
);
