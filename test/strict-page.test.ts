// The built bundle on a page with the strictest Content-Security-Policy a site may send (see
// test/fixtures/strict-page.html): no inline script or style, scripts and styles from the site
// only, Trusted Types required for every HTML sink. Every widget must work there, and the page's
// `securitypolicyviolation` listener must hear nothing.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

type StrictWindow = Window & typeof globalThis & { violations: string[] };

const TAGS = ['press-site', 'press-menu', 'press-archives', 'press-categories', 'press-recent-comments', 'press-comment-form', 'press-comments'];

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows every widget working, with no violation', async () => {
    // Tall enough that every widget is within a screen of the view: far ones wait for the reader.
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/fixtures/strict-page.html" title="strict page" style="width: 800px; height: 1200px"></iframe>`,
    );
    if (!frame.contentDocument?.querySelector('press-site')) await oneEvent(frame, 'load');
    const win = frame.contentWindow as StrictWindow;
    const doc = frame.contentDocument!;
    const header = (await fetch('/test/fixtures/strict-page.html')).headers.get('content-security-policy');
    expect(header).to.equal("default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");

    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'not every element was defined', { timeout: 5000 });
    const widgets = [...doc.querySelectorAll('press-menu, press-archives, press-categories, press-recent-comments')];
    const busy = (): boolean => widgets.some((w) => w.shadowRoot?.querySelector('[aria-busy="true"]') ?? !w.shadowRoot?.querySelector('[part~="body"]'));
    await waitUntil(() => !busy(), 'the widgets did not finish loading', { timeout: 5000 });

    const text = (selector: string): string => (doc.querySelector(selector)?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
    const count = (selector: string, inside: string): number => doc.querySelector(selector)?.shadowRoot?.querySelectorAll(inside).length ?? 0;
    // From the feed, shared by the first press-site.
    expect(text('press-menu')).to.contain('Stock Market News').and.contain('Skip to content');
    expect(text('press-archives')).to.contain('July 2025\u00a0(429)');
    expect(count('press-archives[dropdown]', 'option')).to.equal(2); // "Select Year", 2025
    expect(text('press-categories')).to.contain('Uncategorized (0)');
    expect(count('press-categories[dropdown]', 'option')).to.equal(6);
    expect(text('press-recent-comments')).to.contain('Ann on S&P 500 hits a record').and.contain('Great summary, thanks.');
    // The thread: its comments' HTML built node by node, its styles adopted, under Trusted Types.
    await waitUntil(() => text('press-comments').includes('2 responses to'), 'the thread did not render', { timeout: 5000 });
    expect(count('press-comments', 'li[part~="comment"]')).to.equal(2);
    expect(count('press-comments', '[part~="content"] em')).to.equal(1);
    // From a WordPress REST API, with an avatar from the site.
    expect(text('#wp-archives')).to.contain('July 2025\u00a0(1)');
    expect(text('#wp-categories')).to.contain('Company News (2)');
    expect(text('#wp-comments')).to.contain('Ann on S&P 500 hits a record');
    const avatar = doc.querySelector('#wp-comments')?.shadowRoot?.querySelector<HTMLImageElement>('[part~="avatar"]');
    await waitUntil(() => avatar?.complete, 'the avatar did not load');
    expect(avatar?.naturalWidth).to.equal(48);
    // From inline JSON, from wrapped markup, and a source that fails: the error state with Retry.
    expect(text('#inline')).to.contain('From inline JSON');
    expect(text('#wrapped')).to.contain('From markup (3)');
    expect(text('#failing')).to.contain('Could not load archives.').and.contain('Retry');

    // The narrow menu opens and closes.
    const menu = doc.querySelector('#narrow-menu')!.shadowRoot!;
    const toggle = menu.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true' && !menu.querySelector<HTMLElement>('#menu')!.hidden, 'the menu did not open');
    // A sub-menu opens too.
    menu.querySelector<HTMLButtonElement>('[part~="submenu-toggle"]')!.click();
    await waitUntil(() => menu.querySelector('[part~="submenu"]:not([hidden])'), 'the sub-menu did not open');

    // A comment is validated (the browser's messages) and posted.
    const form = doc.querySelector('press-comment-form')!;
    const field = (id: string): HTMLInputElement => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => field('comment').getAttribute('aria-invalid') === 'true', 'the empty form was not flagged');
    field('comment').value = 'Posted under a strict policy.';
    field('author').value = 'Ann';
    field('email').value = 'ann@example.com';
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => (form.shadowRoot?.textContent ?? '').includes('Your comment is awaiting moderation.'), 'the comment was not posted');

    // Retry asks again (and fails again) without a violation.
    const retry = doc.querySelector('#failing')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.click();
    await waitUntil(() => text('#failing').includes('Retry') && !busy(), 'Retry did not end');

    console.log(`Strict page (CSP and Trusted Types): ${String(widgets.length + 1)} widgets, ${String(win.violations.length)} violations`);
    expect(win.violations).to.deep.equal([]);

    // The policy is in force and the listener hears it: an inline style and an HTML string are refused.
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.violations.length >= 2, 'the probes were not reported');
    expect(win.violations.join('\n')).to.contain('style-src').and.contain('require-trusted-types-for');
  });
});
