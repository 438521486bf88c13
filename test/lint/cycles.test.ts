import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The repository's own configuration, exactly as `pnpm cycles` reads it.
const configUrl = new URL('../../.dependency-cruiser.js', import.meta.url).href;
const config = ((await import(configUrl)) as { default: IConfiguration }).default;

// Proves `pnpm cycles` sees what ESLint's no-cycle does not: type-only import cycles, and
// imports of workspace packages followed into their sources (where a cycle between
// packages would run).

async function check(paths: string[]): Promise<ICruiseResult> {
  const result = await cruise(paths, {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
  });
  return result.output as ICruiseResult;
}

describe('the import cycle check', () => {
  it('reports a cycle made only of `import type`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sketchroom-cycle-'));
    try {
      await writeFile(
        join(dir, 'a.ts'),
        "import type { B } from './b.ts';\nexport type A = { b: B };\n",
      );
      await writeFile(
        join(dir, 'b.ts'),
        "import type { A } from './a.ts';\nexport type B = { a: A };\n",
      );
      const result = await check([dir]);
      expect(result.summary.violations.map((v) => v.rule.name)).toEqual(['no-circular']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('follows a workspace package import into that package’s sources', async () => {
    const result = await check(['apps/web/src/editor/editor.ts']);
    const sources = result.modules.map((module) => module.source);
    expect(sources).toContain('packages/geometry/src/index.ts');
    expect(sources).toContain('packages/board-yjs/src/index.ts');
  });
});
