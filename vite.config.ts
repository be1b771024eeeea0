import { defineConfig } from 'vite';
import { pressDemo } from './demo/demo-server.js';

// `npm run demo` serves demo/ (the seed page rebuilt, and the gallery); `npm run build` makes
// dist/press-widgets.js, the one-file module for a script tag, with Lit inside.
export default defineConfig({
  // The demo's fake endpoints (feeds that hang or fail, a wp-comments-post.php) and the redirect
  // from / to /demo/; dev server only.
  plugins: [pressDemo()],
  // Several pages, no SPA fallback: an unknown URL is a 404, as on a real site.
  appType: 'mpa',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'press-widgets.js',
    },
    rolldownOptions: {
      // Each language is a chunk of its own beside the bundle, dist/press-widgets.de_DE.js…,
      // loaded only by a page whose lang asks for it (src/i18n/strings.ts).
      output: { minify: true, chunkFileNames: 'press-widgets.[name].js' },
    },
  },
});
