import { defineConfig } from 'vite';

/**
 * The embed's build, beside the app's in dist/: `embed.js`, one ES module at a stable name that
 * defines `<junction-lesson>`, and `embed.html`, the iframe page. Every other file is a hashed
 * chunk loaded relative to embed.js (`import.meta.url`), so the files work from any origin.
 */
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    // The app's build (vite.config.ts) has just written dist/; this one adds to it.
    emptyOutDir: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // A page that loads embed.js from another origin gets no <link rel=modulepreload> help: chunks
    // load through import(), relative to the module.
    modulePreload: false,
    rollupOptions: {
      input: { embed: 'src/embed/embed.ts', frame: 'embed.html' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js'),
        // What an element needs to show its lesson, as one file: on classroom Wi-Fi each further
        // round trip costs more than its bytes, and each small file gzips worse than one.
        codeSplitting: {
          groups: [{ name: 'lesson', test: /src\/(embed\/mount-lesson|app\/open-(compiled|lesson)|core\/messages\/renderer)\.ts$/ }],
        },
      },
    },
  },
});
