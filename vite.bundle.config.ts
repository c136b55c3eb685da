import { defineConfig } from 'vite';

// The browser bundle (`npm run build`): src/bundle.ts → dist/bundle/contact-book.js, split so the
// first view loads alone and the rest (dialogs, readers, writers, decoders, phone metadata)
// loads as separate chunks. scripts/size-report.mjs reads its manifest.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    sourcemap: true,
    // pdf-lib alone is ~1 MB and loads only for a PDF export: the size report watches the rest.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { 'contact-book': 'src/bundle.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
