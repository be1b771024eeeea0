// Builds the React 19 and Vue 3 recipes (test/recipes/react, test/recipes/vue) into
// test/recipes/dist, which test/recipes.test.ts opens in Chromium. `npm run build:recipes`.
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // Vue must leave the press-* tags to the browser (else: "Failed to resolve component").
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('press-') } } })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { react: 'react/index.html', vue: 'vue/index.html' } },
  },
});
