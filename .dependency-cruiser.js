// Import cycles fail the build (DESIGN.md: "keep the code free of import circles, type-only
// ones included"). ESLint's import-x/no-cycle skips workspace packages and type-only imports;
// this check sees both: `pnpm cycles`, part of `pnpm check`.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle, type-only imports and workspace packages included.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Keep `import type` edges: TypeScript would erase them, a reader does not.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|results|coverage)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
