import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo site: `npm start` serves it, `npm run build` writes it to dist/demo. Three pages:
// the full demo, <contact-book> in a plain HTML page, and inside a React app.
export default defineConfig({
  root: 'demo',
  // Relative asset URLs: the built site works from any folder (the demo-pages test serves it).
  base: './',
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    // pdf-lib (~1 MB) loads only for a PDF export; scripts/size-report.mjs watches the rest.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        main: page('demo/index.html'),
        plain: page('demo/plain.html'),
        react: page('demo/react/index.html'),
      },
    },
  },
});
