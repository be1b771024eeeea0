// Helpers for the integration tests against the real WordPress of test/wordpress/ (run by
// `npm run test:wordpress`): WordPress's own rendering, its switches, and the items of each
// reading widget, read the same way from WordPress's HTML and from a widget's shadow DOM.
import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';

declare global {
  interface Window {
    /** Set by web-test-runner.wordpress.config.js. */
    pressWordPress?: string;
  }
}

/** The test site. */
export const WP = window.pressWordPress ?? 'http://127.0.0.1:8088';
const site = (): string => WP;

export type RenderSpec = Record<string, Record<string, unknown>>;

/** WordPress's own server rendering (test/wordpress/README.md), parsed, by key of `spec`. */
export async function render(spec: RenderSpec): Promise<Record<string, HTMLElement>> {
  const response = await fetch(`${site()}/?press-test=render&spec=${encodeURIComponent(JSON.stringify(spec))}`);
  expect(response.status, 'the harness render door').to.equal(200);
  const body = (await response.json()) as Record<string, { html?: string; error?: string }>;
  const parsed: Record<string, HTMLElement> = {};
  for (const [key, { html, error }] of Object.entries(body)) {
    if (html === undefined) throw new Error(`render ${key}: ${error ?? 'no html'}`);
    // A <div>, not a <ul>: a list of <li>s with no <ul> around them parses the same inside one.
    parsed[key] = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild as HTMLElement;
  }
  return parsed;
}

/** Sets one harness switch (or a stock option the door accepts) for every following request. */
export async function setSwitch(name: string, value: string): Promise<void> {
  const response = await fetch(`${site()}/?press-test=option`, { method: 'POST', body: new URLSearchParams({ name, value }) });
  expect(response.status, `setting ${name}`).to.equal(200);
}

/** Turns every switch off and puts the stock comment options back. */
export async function resetSwitches(): Promise<void> {
  const response = await fetch(`${site()}/?press-test=reset`, { method: 'POST' });
  expect(response.status, 'resetting the switches').to.equal(200);
}

/** The logged-in administrator's REST nonce, name and logout URL (WordPress's own origin, through the `/wp` proxy). */
export interface AdminSession {
  nonce: string;
  name: string;
  logout: string;
}

/** Logs in as the administrator on WordPress's own origin (the `/wp` proxy), as a visitor who logged in to the site is. */
export async function logInAsAdmin(): Promise<AdminSession> {
  document.cookie = 'wordpress_test_cookie=WP%20Cookie%20check; path=/';
  const login = await fetch('/wp/wp-login.php', {
    method: 'POST',
    body: new URLSearchParams({ log: 'admin', pwd: 'press-test-admin', testcookie: '1' }),
    redirect: 'manual',
  });
  expect(login.type, 'wp-login.php redirects after a login').to.equal('opaqueredirect');
  const session = (await (await fetch('/wp/?press-test=nonce')).json()) as AdminSession;
  expect(session.nonce, 'logged in').to.be.a('string');
  return session;
}

/** Logs `session` out again. */
export async function logOut(session: AdminSession): Promise<void> {
  await fetch(session.logout.replace(WP, '/wp'), { redirect: 'manual' });
}

/** A REST API root of the test site. */
export type ApiForm = 'wp-json' | 'rest_route' | 'home';

/**
 * The site's REST root in one of its forms, with a marker parameter that WordPress ignores: the
 * page's shared source for it is new, and its requests can be told apart in Resource Timing.
 * `plugin`: read through the press-widgets plugin's feed (else the plugin is off for these requests).
 */
export function freshApi(form: ApiForm, { plugin = false } = {}): { api: string; marker: string } {
  const marker = `t${crypto.randomUUID().replaceAll('-', '')}`;
  const root = { 'wp-json': '/wp-json/', rest_route: '/?rest_route=/', home: '/' }[form];
  const api = new URL(root, site());
  api.searchParams.set('press-test-run', marker);
  // The core REST routes unless the test asks for the press-widgets plugin (see mu-plugin.php).
  if (!plugin) api.searchParams.set('press-test-plugin', 'off');
  return { api: api.href, marker };
}

performance.setResourceTimingBufferSize(10_000);

/** The requests that went out to WordPress for the source marked `marker` (see {@link freshApi}). */
export function requestsFor(marker: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => decodeURIComponent(entry.name))
    .filter((name) => name.includes(marker))
    .map((name) =>
      name
        .replace(/press-test-run=\w+&?/, '')
        .replace(/press-test-plugin=off&?/, '')
        .replace(/[?&]$/, '')
        .replace(site(), ''),
    );
}

/** The number of X-WP-Total items of a REST collection, asked out of band (not counted). */
export async function restTotal(route: string): Promise<number> {
  const response = await fetch(`${site()}/?rest_route=/${route}&per_page=1&_fields=id`);
  return Number(response.headers.get('X-WP-Total'));
}

const DATA_WIDGETS = 'press-categories, press-archives, press-recent-comments, press-menu, press-comment-count';

/** Renders `template` and waits until every data widget in it has loaded; fails on a press-error. */
export async function loadedPage(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  const settled = new Set<EventTarget>();
  const errors: string[] = [];
  wrapper.addEventListener('press-load', (event) => settled.add(event.target!));
  wrapper.addEventListener('press-error', (event) => {
    settled.add(event.target!);
    errors.push(event.detail.message);
  });
  const page = await fixture<HTMLElement>(template, { parentNode: wrapper });
  const widgets = [...(page.matches(DATA_WIDGETS) ? [page] : []), ...page.querySelectorAll<HTMLElement>(DATA_WIDGETS)];
  // As a reader scrolling down: a widget more than a screen below the viewport loads only when near it.
  for (const widget of widgets) {
    widget.scrollIntoView();
    await nextFrame();
    await nextFrame();
  }
  window.scrollTo(0, 0);
  await waitUntil(() => settled.size === widgets.length, 'the widgets did not all load', { timeout: 15_000 });
  expect(errors, 'press-error messages').to.deep.equal([]);
  await Promise.all(widgets.map((widget) => (widget as unknown as { updateComplete: Promise<boolean> }).updateComplete));
  return page;
}

/** Visible text, whitespace folded, as a reader sees it. */
const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** "(1,234)" → 1234; undefined when there is no count. */
const count = (value: string): number | undefined => {
  const digits = /\(([\d.,\s\u00a0\u202f]+)\)/.exec(value)?.[1]?.replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
};
const href = (element: Element | null | undefined): string | undefined => (element instanceof HTMLAnchorElement ? element.href : undefined);
/** An element's own text, without that of its child elements: where WordPress puts " (42)". */
const ownText = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('');

export interface CategoryItem {
  name: string;
  href: string | undefined;
  count: number | undefined;
  children: CategoryItem[];
}

/** `wp_list_categories()`'s items: `li.cat-item > a`, " (42)", nested `ul.children`. */
export function wordpressCategories(root: Element): CategoryItem[] {
  return [...root.querySelectorAll(':scope > li')].map((li) => ({
    name: text(li.querySelector(':scope > a')),
    href: href(li.querySelector(':scope > a')),
    count: count(ownText(li)),
    children: [...li.querySelectorAll(':scope > ul.children')].flatMap(wordpressCategories),
  }));
}

/** The same, from a `press-categories`' shadow DOM. */
export function widgetCategories(widget: Element): CategoryItem[] {
  const items = (list: Element | null): CategoryItem[] =>
    [...(list?.querySelectorAll(':scope > [part~=item]') ?? [])].map((li) => ({
      name: text(li.querySelector(':scope > [part~=link]')),
      href: href(li.querySelector(':scope > [part~=link]')),
      count: count(text(li.querySelector(':scope > [part~=count]'))),
      children: items(li.querySelector(':scope > [part~=list]')),
    }));
  return items(widget.shadowRoot!.querySelector('[part~=body] > [part~=list]'));
}

export interface ArchiveItem {
  label: string;
  href: string | undefined;
  count: number | undefined;
}

/** `wp_get_archives()`'s items: `<li><a href='…/2025/07/'>July 2025</a>&nbsp;(5)</li>`. */
export function wordpressArchives(root: Element): ArchiveItem[] {
  return [...root.querySelectorAll(':scope > li')].map((li) => ({
    label: text(li.querySelector(':scope > a')),
    href: href(li.querySelector(':scope > a')),
    count: count(ownText(li)),
  }));
}

export function widgetArchives(widget: Element): ArchiveItem[] {
  return [...widget.shadowRoot!.querySelectorAll('[part~=item]')].map((li) => ({
    label: text(li.querySelector('[part~=link]')),
    href: href(li.querySelector('[part~=link]')),
    count: count(text(li.querySelector('[part~=count]'))),
  }));
}

export interface CommentItem {
  author: string;
  authorHref: string | undefined;
  title: string;
  href: string | undefined;
  date: string;
  excerpt: string;
  avatar: string | undefined;
}

/**
 * The block makes its excerpt from the stored comment (`get_comment_excerpt()`), REST gives only
 * the comment as displayed (the stored text needs a login), after `wptexturize()` curled its quotes:
 * `"this"` there is `“this”` here. Quotes are compared without their curl.
 */
const uncurled = (value: string): string => value.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'");

/** The Latest Comments block's items: author (linked or not) "on" title, date, excerpt, avatar. */
export function wordpressComments(root: Element): CommentItem[] {
  return [...root.querySelectorAll('li.wp-block-latest-comments__comment')].map((li) => ({
    author: text(li.querySelector('.wp-block-latest-comments__comment-author')),
    authorHref: href(li.querySelector('.wp-block-latest-comments__comment-author')),
    title: text(li.querySelector('.wp-block-latest-comments__comment-link')),
    href: href(li.querySelector('.wp-block-latest-comments__comment-link')),
    date: text(li.querySelector('time')),
    excerpt: uncurled(text(li.querySelector('.wp-block-latest-comments__comment-excerpt'))),
    avatar: li.querySelector('img')?.getAttribute('src') ?? undefined,
  }));
}

export function widgetComments(widget: Element): CommentItem[] {
  return [...widget.shadowRoot!.querySelectorAll('[part~=item]')].map((li) => ({
    author: text(li.querySelector('[part~=author]')),
    authorHref: href(li.querySelector('[part~=author]')),
    title: text(li.querySelector('[part~=link]')),
    href: href(li.querySelector('[part~=link]')),
    date: text(li.querySelector('[part~=date]')),
    excerpt: uncurled(text(li.querySelector('[part~=excerpt]'))),
    avatar: li.querySelector('img[part~=avatar]')?.getAttribute('src') ?? undefined,
  }));
}

export interface MenuEntry {
  label: string;
  href: string | undefined;
  children: MenuEntry[];
}

/**
 * The Navigation block's items: `li.wp-block-navigation-item`, its first link, nested sub-menu
 * lists. The link may sit inside a `<b>`: a label may hold HTML, and the seed's post title
 * "… & <b>" leaves one open, which the HTML parser carries into the items after it.
 */
export function wordpressNavigation(root: Element): MenuEntry[] {
  const items = (list: Element | null): MenuEntry[] =>
    [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => ({
      label: text(li.querySelector('a')),
      href: href(li.querySelector('a')),
      children: items(li.querySelector('ul')),
    }));
  return items(root.querySelector('ul.wp-block-navigation__container'));
}

/** The same, from a `press-menu`'s shadow DOM. */
export function widgetMenu(widget: Element): MenuEntry[] {
  const items = (list: Element | null): MenuEntry[] =>
    [...(list?.querySelectorAll(':scope > [part~=item]') ?? [])].map((li) => ({
      label: text(li.querySelector(':scope > [part~=link]')),
      href: href(li.querySelector(':scope > [part~=link]')),
      children: items(li.querySelector(':scope > [part~=submenu]')),
    }));
  return items(widget.shadowRoot!.querySelector('[part~=nav] > [part~=list]'));
}
