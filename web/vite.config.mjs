// Builds the dashboard into web/dist (served by `dyadwatch serve`).
// No framework plugin is needed: Vite's own transformer compiles Preact JSX.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs, so the dashboard also works behind a path prefix.
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite web` for development: API calls go to a running `dyadwatch serve`.
    proxy: { '/api': 'http://127.0.0.1:8787', '/openapi.json': 'http://127.0.0.1:8787' },
  },
});
