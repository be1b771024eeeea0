// The README's WordPress theme recipe, run by WordPress itself: test/recipes/wordpress/theme-page.php
// loads WordPress's hooks and escaping from its files (no database, no server), runs the recipe's
// functions.php and prints a theme page with wp_head() and wp_footer(). The page then loads the
// module in Chromium (the CDN URL pointed at the built bundle) and the widget in its sidebar renders.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

const CDN = 'https://unpkg.com/press-widgets/dist/press-widgets.js';

describe('README recipe: a WordPress theme (functions.php)', () => {
  it("is the README's own snippet", async () => {
    const readme = await (await fetch('/README.md')).text();
    const recipe = (await (await fetch('/test/recipes/wordpress/functions.php')).text()).replace(/^<\?php\n/, '');
    expect(readme).to.contain('```php\n' + recipe + '```');
  });

  it('prints the module script tag in the footer, and the page renders the widgets from it', async () => {
    const printed = await (await fetch('/__recipes/theme-page?feed=/test/fixtures/feed.json')).text();
    expect(printed).to.contain(`<script type="module" src="${CDN}"></script>\n</body>`);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="theme" srcdoc=${printed.replace(CDN, '/dist/press-widgets.js')}></iframe>`);
    if (!frame.contentDocument?.querySelector('press-categories')) await oneEvent(frame, 'load');
    const categories = frame.contentDocument!.querySelector('press-categories')!;
    await waitUntil(() => (categories.shadowRoot?.textContent ?? '').includes('Stock Market News (243)'), 'the widget did not render', { timeout: 5000 });
  });
});
