import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import { minify as terser } from 'terser';
import { pressDemo } from './demo/demo-server.js';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface TemplateElement extends Node {
  value: { raw: string; cooked: string | null };
}

/** Every node of an ESTree tree that `visit` is interested in, depth first. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

/**
 * The CSS and HTML inside Lit's `css` and `html` templates, minified in the bundle (the source keeps
 * its layout, and `lib/` is left as TypeScript emits it). CSS is minified by Lightning CSS (Vite's own
 * CSS minifier). HTML only loses line breaks: each line break with the indentation around it becomes
 * one space, which HTML renders alike outside `<pre>` and `<textarea>` (templates with either are
 * left alone). Whitespace is never removed whole: between inline elements, or inside a fragment
 * such as html` <button>`, it is text the reader sees. (minify-literals does more, but needs Node 22
 * and, as set by default, deletes such spaces.)
 */
/**
 * The browsers the bundle's `es2022` target runs in. Told to Lightning CSS, which otherwise drops a
 * fallback declaration (`width: 100%; width: stretch`) as if every browser knew the newer value.
 */
const CSS_TARGETS = { chrome: 94 << 16, firefox: 93 << 16, safari: (16 << 16) | (4 << 8) };

function minifyTemplates(): Plugin {
  return {
    name: 'press-widgets-minify-templates',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/ },
      handler(code, id) {
        const out = new MagicString(code);
        walk(this.parse(code), (node) => {
          if (node.type !== 'TaggedTemplateExpression') return;
          const tag = node.tag as Node & { name?: string };
          const quasis = (node.quasi as Node & { quasis: TemplateElement[] }).quasis;
          for (const quasi of quasis) {
            // The parser's offsets must be the text it reports, or the edit would land elsewhere.
            if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) this.error(`minify-templates: offsets do not match the text in ${id}`);
          }
          if (tag.name === 'css' && quasis.length === 1 && quasis[0].value.raw === quasis[0].value.cooked) {
            const [text] = quasis;
            const minified = transformCss({ filename: id, code: Buffer.from(text.value.raw), minify: true, targets: CSS_TARGETS }).code.toString();
            if (/[`\\]|\$\{/.test(minified)) this.error(`minify-templates: the minified CSS of ${id} needs escaping`);
            out.overwrite(text.start, text.end, minified);
          }
          if (tag.name === 'html' && !quasis.some((quasi) => /<(pre|textarea)\b/i.test(quasi.value.raw))) {
            for (const quasi of quasis) {
              const collapsed = quasi.value.raw.replace(/[ \t]*(\r?\n[ \t]*)+/g, ' ');
              if (collapsed !== quasi.value.raw) out.overwrite(quasi.start, quasi.end, collapsed);
            }
          }
        });
        return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) } : null;
      },
    },
  };
}

/**
 * Terser, once more over each minified chunk: its compression passes find what the built-in
 * minifier leaves, and the bundle has a size budget. Comments that start with "!" (the licenses) stay.
 * Unused parameters go too (`keep_fargs: false`): neither Lit nor this code reads a function's `length`.
 */
function terserPass(): Plugin {
  return {
    name: 'press-widgets-terser',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        // Not the translations: a catalog is a literal object, nothing to compress.
        if (chunk.type !== 'chunk' || chunk.facadeModuleId?.includes('/src/i18n/translations/')) continue;
        const out = await terser(chunk.code, {
          module: true,
          compress: { passes: 3, keep_fargs: false },
          format: { comments: /^!/ },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: `${chunk.fileName}.map` } : false,
        });
        chunk.code = out.code ?? chunk.code;
        if (chunk.map && typeof out.map === 'string') {
          Object.assign(chunk.map, JSON.parse(out.map));
          // The .map file is an asset of its own by now, written from its own copy.
          const name = `${chunk.fileName}.map`;
          const file = Object.hasOwn(bundle, name) ? bundle[name] : undefined;
          if (file?.type === 'asset') file.source = out.map;
        }
      }
    },
  };
}

/**
 * Every translation, src/i18n/translations/<locale>.ts, a module of its own that
 * src/i18n/strings.ts imports by its locale: left to Vite, that import's template would become a
 * look-up among the files of translations/ (a map of one import() per language in the bundle; in
 * the dev server, among .js files, of which there are none: every language English). It is left for
 * the browser to make instead: in the build, of dist/press-widgets.<locale>.js beside the bundle,
 * whose chunks are made here; in `npm run demo`, of the .ts, which the dev server answers.
 */
function translationChunks(): Plugin {
  const folder = new URL('./src/i18n/translations/', import.meta.url);
  const IMPORT = 'import(`./translations/${locale}.js`)';
  let building = false;
  return {
    name: 'press-widgets-translation-chunks',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      for (const file of readdirSync(folder)) {
        if (file.endsWith('.ts'))
          this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(file, folder)), name: file.slice(0, -3), preserveSignature: 'strict' });
      }
    },
    transform: {
      filter: { id: /\/src\/i18n\/strings\.ts$/ },
      handler(code, id) {
        const at = code.indexOf(IMPORT);
        if (at < 0) this.error(`translation-chunks: src/i18n/strings.ts no longer has ${IMPORT}`);
        const file = building ? '`./press-widgets.${locale}.js`' : '`./translations/${locale}.js`';
        const out = new MagicString(code).overwrite(at, at + IMPORT.length, `import(/* @vite-ignore */ ${file})`);
        return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
      },
    },
  };
}

// `npm run demo` serves demo/ (the seed page rebuilt, and the gallery); `npm run build` makes
// dist/press-widgets.js, the one-file module for a script tag, with Lit inside.
export default defineConfig({
  // The demo's fake endpoints (feeds that hang or fail, a wp-comments-post.php) and the redirect
  // from / to /demo/; dev server only. The templates' minifier: build only.
  plugins: [pressDemo(), minifyTemplates(), translationChunks(), terserPass()],
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
      // loaded only by a page whose lang asks for it (src/i18n/strings.ts); the WordPress backend is
      // dist/press-widgets.wordpress.js, named after its entry src/data/wordpress/wordpress.ts, loaded
      // by src/data/wordpress/load.ts (decision 0035: it imports nothing of the bundle).
      // Each file says its license in its first line (minifying drops the sources' comments):
      // WordPress's translations are GPL-2.0-or-later, the rest MIT, with Lit's BSD-3-Clause inside
      // the bundle (see LICENSE).
      output: {
        minify: true,
        chunkFileNames: 'press-widgets.[name].js',
        postBanner: (chunk) =>
          chunk.facadeModuleId?.includes('/src/i18n/translations/')
            ? `/*! WordPress's translations (${chunk.name}), GPL-2.0-or-later: see LICENSE-GPL-2.0 of press-widgets */`
            : chunk.isEntry
              ? '/*! press-widgets, MIT; Lit, BSD-3-Clause, Google LLC: see LICENSE */'
              : '/*! press-widgets, MIT: see LICENSE */',
      },
    },
  },
});
