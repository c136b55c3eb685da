import { defineConfig } from 'vite';

// The demo site: `npm start` serves it, `npm run build` writes it to dist/demo.
export default defineConfig({
  root: 'demo',
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
