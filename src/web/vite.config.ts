import { defineConfig } from 'vite';

// The dashboard: built from src/web into dist/web (run from the repository root: `npm run build`).
// JSX is preact's, compiled by Vite's own transform; nothing is fetched from outside at run time.
export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  logLevel: 'warn',
});
