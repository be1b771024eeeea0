import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { testServer } from './test/server/test-server.js';

/** Debian's Chromium as root, with nothing that reaches for the network on its own. */
export const chromium = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** TypeScript, compiled as tsconfig.json says. */
export const typescript = esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });

/**
 * src/i18n/strings.ts imports a translation by its locale, `./translations/${locale}.js`, a name no
 * static import resolves: the request for the .js is answered with the .ts, as the build does.
 */
export function translationsAsTs(context, next) {
  context.url = context.url.replace(/^(\/src\/i18n\/translations\/\w+)\.js(?=$|\?)/, '$1.ts');
  return next();
}

export default {
  // The WordPress integration tests have their own config (npm run test:wordpress).
  files: ['test/**/*.test.ts', '!test/wordpress/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: a background page gets no animation frames nor ResizeObserver callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [typescript],
  middleware: [translationsAsTs, testServer],
  browsers: [chromeLauncher({ launchOptions: chromium })],
};
