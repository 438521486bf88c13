import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const serverPort = Number(process.env.PORT ?? 3000);

// Builds and serves apps/web; packages resolve to their TypeScript sources.
export default defineConfig({
  root: path('./apps/web'),
  publicDir: path('./public'),
  plugins: [react()],
  resolve: {
    alias: {
      '@sketchroom/geometry': path('./packages/geometry/src/index.ts'),
      '@sketchroom/board-model': path('./packages/board-model/src/index.ts'),
      '@sketchroom/board-render/pdf': path('./packages/board-render/src/pdf/index.ts'),
      '@sketchroom/board-render': path('./packages/board-render/src/index.ts'),
      '@sketchroom/board-yjs': path('./packages/board-yjs/src/index.ts'),
      '@sketchroom/board-access': path('./packages/board-access/src/index.ts'),
      '@sketchroom/wire': path('./packages/wire/src/index.ts'),
    },
  },
  build: {
    outDir: path('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The service worker is built beside the app at /sw.js, so its scope is the whole site.
      input: {
        index: path('./apps/web/index.html'),
        sw: path('./apps/web/src/app/service-worker.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    // `pnpm dev`: the app from Vite with hot reload, rooms from a local server.
    proxy: {
      '/api': { target: `http://localhost:${serverPort}` },
      '/ws': {
        target: `ws://localhost:${serverPort}`,
        ws: true,
        rewrite: (p) => p.replace(/^\/ws/, ''),
      },
    },
  },
});
