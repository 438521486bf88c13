import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves the layer rules in eslint.config.js fire: each case lints a virtual file (nothing is
// written to disk) at a path inside a package, with the repository's own config, and checks
// which of its import lines are reported. A rule that stopped firing fails here.

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Case {
  /** Where the planted file pretends to live. */
  file: string;
  /** Imports the layers forbid there: each must be reported. */
  forbidden: string[];
  /** Imports that are fine there: none may be reported (so the rule is not just "everything"). */
  allowed: string[];
}

const cases: Case[] = [
  {
    file: 'packages/geometry/src/planted.ts',
    forbidden: [
      '@sketchroom/board-model',
      '@sketchroom/board-yjs',
      '../../board-model/src/index.ts',
      'yjs',
      'react',
      '../../../apps/web/src/main.tsx',
    ],
    allowed: ['./vec.ts'],
  },
  {
    file: 'packages/board-model/src/planted.ts',
    forbidden: [
      '@sketchroom/board-yjs',
      '@sketchroom/board-render',
      '@sketchroom/wire',
      'yjs',
      'konva',
      '@sketchroom/web',
    ],
    allowed: ['@sketchroom/geometry', 'fractional-indexing', './shape.ts'],
  },
  {
    file: 'packages/board-render/src/planted.ts',
    forbidden: ['@sketchroom/board-yjs', '@sketchroom/wire', 'yjs', 'react-konva', 'react-dom'],
    allowed: ['@sketchroom/geometry', '@sketchroom/board-model', 'perfect-freehand'],
  },
  {
    file: 'packages/board-yjs/src/planted.ts',
    forbidden: [
      '@sketchroom/board-render',
      '@sketchroom/wire',
      '@sketchroom/board-access',
      'react',
      '../../../apps/server/src/index.ts',
    ],
    allowed: [
      '@sketchroom/geometry',
      '@sketchroom/board-model',
      'yjs',
      'y-protocols/awareness',
      'lib0/encoding',
    ],
  },
  {
    file: 'packages/wire/src/planted.ts',
    forbidden: ['@sketchroom/board-model', '@sketchroom/board-yjs', 'yjs', 'y-protocols/sync'],
    allowed: ['lib0/encoding', 'lib0/decoding'],
  },
  {
    file: 'packages/board-access/src/planted.ts',
    forbidden: ['@sketchroom/geometry', '@sketchroom/board-model', 'yjs', 'konva'],
    allowed: ['./roles.ts'],
  },
  {
    file: 'apps/server/src/planted.ts',
    forbidden: ['react', 'konva', '../../web/src/editor/editor.ts', '@sketchroom/web'],
    allowed: ['@sketchroom/board-yjs', 'yjs', 'ws'],
  },
  {
    file: 'apps/web/src/editor/planted.ts',
    forbidden: [
      '../tools/registry.ts',
      '../actions/registry.ts',
      '../canvas/BoardCanvas.tsx',
      'react',
    ],
    allowed: ['./editor.ts', './tool-host.ts', '@sketchroom/board-yjs'],
  },
  {
    file: 'apps/web/src/tools/planted.ts',
    forbidden: ['../actions/registry.ts', '../editor-ui/Toolbar.tsx', 'konva'],
    allowed: ['../editor/tool-host.ts', './tool.ts'],
  },
];

/** One side-effect import per line, so a report's line number names the import. */
function source(imports: string[]): string {
  return imports.map((path) => `import '${path}';`).join('\n') + '\n';
}

describe('layer rules in eslint.config.js', () => {
  let eslint: ESLint;

  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it.each(cases)('$file: reports each upward import and only those', async (c) => {
    const imports = [...c.forbidden, ...c.allowed];
    const [result] = await eslint.lintText(source(imports), { filePath: `${root}/${c.file}` });
    const reported = new Set(
      result!.messages
        .filter((message) => message.ruleId === 'no-restricted-imports')
        .map((message) => imports[message.line - 1]),
    );
    expect([...reported].sort()).toEqual([...c.forbidden].sort());
  });

  it('lets the wire package’s tests talk to real Yjs clients', async () => {
    const code = source(['yjs', 'y-websocket', 'lib0/encoding']);
    const [result] = await eslint.lintText(code, {
      filePath: `${root}/packages/wire/src/planted.test.ts`,
    });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
