// Integration tests against a real WordPress (test/wordpress/README.md): `npm run test:wordpress`.
// The site must be running already: `sudo bash test/wordpress/setup.sh` starts it (about 1 minute
// the first time, 2 s after that). Browser settings as in web-test-runner.config.js.
import { chromeLauncher } from '@web/test-runner-chrome';
import { themePage } from './test/recipes/wordpress/theme-page.js';
import { sameOrigin } from './test/wordpress/same-origin.js';
import { chromium, typescript } from './web-test-runner.config.js';

const wordpress = `http://127.0.0.1:${process.env.WP_PORT ?? '8088'}`;

try {
  const response = await fetch(`${wordpress}/?rest_route=/wp/v2/types/post`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`it answered ${String(response.status)}`);
} catch (error) {
  console.error(
    `\nThe WordPress integration tests need the test site at ${wordpress}/, which is not answering` +
      ` (${error instanceof Error ? (error.cause?.message ?? error.message) : String(error)}).` +
      '\nStart it with:  sudo bash test/wordpress/setup.sh   (see test/wordpress/README.md)\n',
  );
  process.exit(1);
}

export default {
  files: ['test/wordpress/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: a background page gets no animation frames; and the tests flip site-wide
  // switches (plain permalinks) that a parallel page would see.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // Tells the tests where WordPress is.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html lang="en-US"><body><script>window.pressWordPress = ${JSON.stringify(wordpress)};</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  // `/wp/…` is WordPress on the page's own origin (test/wordpress/same-origin.js); `/__recipes/theme-page`
  // the README's theme recipe run by WordPress's PHP files (test/recipes/wordpress/).
  middleware: [sameOrigin, themePage],
  plugins: [typescript],
  browsers: [
    chromeLauncher({
      launchOptions: { ...chromium, args: [...chromium.args, '--lang=en-US'] },
      // The reader sits in the site's time zone (the seed's Europe/Berlin), so that a comment's day
      // is the same for the widget (the reader's zone) and for WordPress (the site's zone).
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.emulateTimezone('Europe/Berlin');
        return page;
      },
    }),
  ],
};
