// The fault matrix: every data widget, and widgets sharing a <press-site>, against every way a
// server fails, over real HTTP (test/server/test-server.js); then the comment form against every
// way a post fails. Each case checks what the reader sees, that Retry recovers once the server is
// fixed, that nothing escapes to the page (uncaught exceptions, unhandled rejections) and that the
// console gets one warning at most; for the form, "Try again" until the form says sent (or refused
// for good), and the copies the server holds (its duplicate check is WordPress's). The matrices and
// their counts are printed at the end.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../../src/events.js';
import { part, parts } from '../helpers/fixtures.js';
import { watchPage } from '../helpers/watch.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Fault {
  id: string;
  label: string;
  /** What the widgets must end in: the error state (with Retry), the empty state, or their data. */
  ends: 'error' | 'empty' | 'ready';
  /** How the server is fixed for Retry: it starts listening, it answers well, or it cannot be. */
  fix: 'listen' | 'ok' | 'never' | 'none';
}

const FAULTS: Fault[] = [
  { id: 'refused', label: 'connection refused', ends: 'error', fix: 'listen' },
  { id: 'dns', label: 'DNS failure', ends: 'error', fix: 'never' },
  { id: '404', label: '404', ends: 'error', fix: 'ok' },
  { id: '500', label: '500, HTML body', ends: 'error', fix: 'ok' },
  { id: 'html', label: '200, HTML', ends: 'error', fix: 'ok' },
  { id: 'malformed', label: 'malformed JSON', ends: 'error', fix: 'ok' },
  { id: 'shape', label: 'JSON, wrong shape', ends: 'empty', fix: 'none' },
  { id: 'hang', label: 'hangs (15 s timeout)', ends: 'error', fix: 'ok' },
  { id: 'slow', label: '5 s response', ends: 'ready', fix: 'none' },
];

interface Row {
  name: string;
  /** A WordPress site (`api`) rather than a JSON feed (`src`). */
  api: boolean;
  /** The widgets share a <press-site>'s source. */
  site: boolean;
  tags: string[];
}

const ROWS: Row[] = [
  { name: 'press-archives src', api: false, site: false, tags: ['press-archives'] },
  { name: 'press-categories src', api: false, site: false, tags: ['press-categories'] },
  { name: 'press-recent-comments src', api: false, site: false, tags: ['press-recent-comments'] },
  { name: 'press-menu src', api: false, site: false, tags: ['press-menu'] },
  { name: 'press-site src (4 widgets)', api: false, site: true, tags: ['press-menu', 'press-archives', 'press-categories', 'press-recent-comments'] },
  { name: 'press-site api (WordPress, 3 widgets)', api: true, site: true, tags: ['press-archives', 'press-categories', 'press-recent-comments'] },
];

/** Outcomes by row name, then fault id: '' when the case passed, else what went wrong. */
const matrix = new Map<string, Map<string, string>>();
/** Comment form outcomes by case: '' or a note when the case passed, else what went wrong. */
const formMatrix = new Map<string, string>();
const formFailed = new Set<string>();

const getJson = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;

/** What a reader sees in a widget now. */
function stateOf(widget: Widget): string {
  const body = widget.shadowRoot?.querySelector('[part~="body"]');
  if (body?.getAttribute('aria-busy') === 'true') return 'loading';
  const error = parts(widget, 'error').at(0);
  if (error) return error.getAttribute('role') === 'alert' && parts(widget, 'retry').length === 1 ? 'error' : 'error without Retry';
  if (parts(widget, 'empty').length > 0) return 'empty';
  if (parts(widget, 'item').length > 0) return 'ready';
  return 'blank';
}

/** Resolves with the first press-load or press-error of each widget. */
const settled = (widgets: Widget[]): Promise<string[]> =>
  Promise.all(widgets.map(async (w) => (await Promise.race([oneEvent(w, 'press-load'), oneEvent(w, 'press-error')])).type));

/** The source's URL for one case: a path of the test server, another port, or a name that never resolves. */
async function urlFor(row: Row, fault: Fault, key: string): Promise<string> {
  let origin = '';
  if (fault.id === 'refused') origin = `http://127.0.0.1:${String(await getJson<number>(`/__test/port/${key}`))}`;
  if (fault.id === 'dns') origin = `http://press-${key.slice(0, 8)}.invalid`;
  const mode = fault.id === 'refused' || fault.id === 'dns' ? 'ok' : fault.id;
  return `${origin}/__test/fault/${key}/${mode}${row.api ? '/wp-json/' : ''}`;
}

function mount(row: Row, url: string, container: HTMLElement): Widget[] {
  const attribute = row.api ? 'api' : 'src';
  const widgets = row.tags.map((tag) => document.createElement(tag) as Widget);
  if (row.site) {
    const site = document.createElement('press-site');
    site.setAttribute(attribute, url);
    site.append(...widgets);
    container.append(site);
  } else {
    widgets[0]?.setAttribute(attribute, url);
    container.append(...widgets);
  }
  return widgets;
}

/** Runs one case; returns what went wrong ('' when nothing did). */
async function runCase(row: Row, fault: Fault, key: string): Promise<string> {
  const problems: string[] = [];
  const url = await urlFor(row, fault, key);
  const container = document.createElement('div');
  // Every case at the top of the viewport, on top of each other: stacked down the page, the later
  // ones would be far below it, and widgets there load only when scrolled to.
  container.style.cssText = 'position: fixed; top: 0; left: 0; width: 20rem; height: 4rem; overflow: hidden';
  document.body.append(container);
  try {
    const widgets = mount(row, url, container);
    const first = settled(widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    const loading = widgets.map(stateOf);
    if (loading.some((s) => s !== 'loading')) problems.push(`shown first: ${loading.join(', ')}`);
    const events = await first;
    const expectedEvent = fault.ends === 'error' ? 'press-error' : 'press-load';
    if (events.some((e) => e !== expectedEvent)) problems.push(`events: ${events.join(', ')}`);
    const shown = widgets.map(stateOf);
    if (shown.some((s) => s !== fault.ends)) problems.push(`shown: ${shown.join(', ')}`);
    if (fault.fix === 'none' || problems.length > 0) return problems.join('; ');

    // Retry: the widgets ask again; once the server is fixed, they show its data.
    if (fault.fix === 'listen') {
      const port = new URL(url).port;
      await fetch(`/__test/listen/${port}`);
    } else if (fault.fix === 'ok') {
      await fetch(`/__test/set/${key}/ok`);
    }
    const again = settled(widgets);
    for (const widget of widgets) part(widget, 'retry').click();
    await Promise.all(widgets.map((w) => w.updateComplete));
    const retrying = widgets.map(stateOf);
    if (retrying.some((s) => s !== 'loading')) problems.push(`after Retry: ${retrying.join(', ')}`);
    const after = await again;
    const recovered = widgets.map(stateOf);
    const wanted = fault.fix === 'never' ? 'error' : 'ready';
    if (after.some((e) => e !== (wanted === 'error' ? 'press-error' : 'press-load')) || recovered.some((s) => s !== wanted)) {
      problems.push(`after Retry: ${after.join(', ')}; shown: ${recovered.join(', ')}`);
    }
    return problems.join('; ');
  } finally {
    container.remove();
  }
}

/** Runs one fault for every row at once; records and checks each case. */
async function runColumn(fault: Fault): Promise<void> {
  const watch = watchPage();
  const keys = ROWS.map(() => crypto.randomUUID());
  let outcomes: string[];
  try {
    outcomes = await Promise.all(ROWS.map((row, i) => runCase(row, fault, keys[i])));
  } finally {
    watch.stop();
  }
  const failures: string[] = [];
  ROWS.forEach((row, i) => {
    const warnings = watch.warnings.filter((w) => w.includes(keys[i])).length;
    const problems = [outcomes[i], warnings > 1 ? `${String(warnings)} console warnings` : '', ...watch.uncaught.map((m) => `uncaught: ${m}`)];
    const problem = problems.filter(Boolean).join('; ');
    matrix.set(row.name, (matrix.get(row.name) ?? new Map<string, string>()).set(fault.id, problem));
    if (problem) failures.push(`${row.name}: ${problem}`);
  });
  const stray = watch.warnings.filter((w) => !keys.some((key) => w.includes(key)));
  expect(stray, 'console warnings that name no source').to.deep.equal([]);
  expect(failures).to.deep.equal([]);
}

/** A table for the console: one line per row, a column per fault. */
function table(title: string, columns: string[], rows: [string, string[]][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = rows.map(([name, cells]) => `${name.padEnd(width)} | ${cells.map((c, i) => c.padEnd(columns[i].length)).join(' | ')}`);
  return [title, `${''.padEnd(width)} | ${columns.join(' | ')}`, ...lines].join('\n');
}

describe('the fault matrix', function () {
  this.timeout(60000);

  after(() => {
    const cells = [...matrix.values()].flatMap((byFault) => [...byFault.values()]);
    const passed = cells.filter((c) => c === '').length;
    const formPassed = formMatrix.size - formFailed.size;
    console.log(
      [
        table(
          `Fault matrix: ${String(cells.length)} cases, ${String(passed)} passed, ${String(cells.length - passed)} failed`,
          FAULTS.map((f) => f.label),
          ROWS.map((row) => [
            row.name,
            FAULTS.map((f) => (matrix.get(row.name)?.get(f.id) === '' ? 'ok' : matrix.get(row.name)?.has(f.id) ? 'FAILED' : 'not run')),
          ]),
        ),
        '',
        table(
          `Comment form matrix: ${String(formMatrix.size)} cases, ${String(formPassed)} passed, ${String(formMatrix.size - formPassed)} failed`,
          ['text kept until sent, one copy after Try again, nothing escaped'],
          [...formMatrix].map(([name, said]) => [name, [formFailed.has(name) ? `FAILED: ${said}` : said ? `ok (${said})` : 'ok']]),
        ),
      ].join('\n'),
    );
  });

  describe('data widgets: error with Retry (or the empty state, or the data), Retry recovers, nothing escapes, one warning at most', () => {
    for (const fault of FAULTS) {
      it(fault.label, async () => {
        await runColumn(fault);
      });
    }
  });

  describe('the comment form: the text stays until the site has it, "Try again" until it does, one copy on the server, nothing escapes', () => {
    interface FormCase {
      name: string;
      /** How the endpoint answers the first post (test/server/test-server.js); "-once": the next ones as WordPress would. */
      mode: string;
      /** Where the endpoint is: this origin, another that allows CORS, another that does not, or a port nothing listens on until the first attempt has failed. */
      where?: 'cors' | 'no-cors' | 'down';
      /** What the form ends saying after "Try again" as often as it is offered: sent, or refused for good. */
      ends: 'sent' | 'refused' | 'either';
      /** The copies the site must hold at the end. */
      copies: 0 | 1;
    }
    const CASES: FormCase[] = [
      { name: 'network down (connection refused), then up', mode: 'ok', where: 'down', ends: 'sent', copies: 1 },
      { name: 'timeout (stored, answered after 15 s)', mode: 'hang-long-once', ends: 'sent', copies: 1 },
      { name: '500, not stored', mode: '500-once', ends: 'sent', copies: 1 },
      { name: '502 proxy page, stored', mode: 'proxy-502-once', ends: 'sent', copies: 1 },
      { name: '503', mode: '503-once', ends: 'sent', copies: 1 },
      { name: 'answer cut off, stored', mode: 'drop-answer-once', ends: 'sent', copies: 1 },
      // Chromium may send the post again itself (a reused keep-alive connection closed before any
      // answer), unseen by the page: then the page's one post gets WordPress's "duplicate".
      { name: 'connection dropped before any answer, stored', mode: 'drop-once', ends: 'either', copies: 1 },
      { name: '200 page that is no answer (a portal), not stored', mode: 'unreadable-once', ends: 'sent', copies: 1 },
      { name: 'redirect to a login wall (200)', mode: 'login-wall-once', ends: 'sent', copies: 1 },
      { name: 'redirect to an error page (502)', mode: 'redirect-error-once', ends: 'sent', copies: 1 },
      { name: 'redirect to a wp_die() page (200)', mode: 'redirect-wp-die', ends: 'refused', copies: 0 },
      { name: 'CORS: another origin without CORS headers', mode: 'ok', where: 'no-cors', ends: 'refused', copies: 0 },
      { name: 'CORS: another origin that allows it, answer cut off', mode: 'drop-answer-once', where: 'cors', ends: 'sent', copies: 1 },
      { name: '400', mode: '400', ends: 'refused', copies: 0 },
      { name: '403', mode: '403', ends: 'refused', copies: 0 },
      { name: '409 (duplicate)', mode: 'duplicate', ends: 'refused', copies: 0 },
      { name: '429', mode: '429', ends: 'refused', copies: 0 },
    ];
    for (const { name, mode, where, ends, copies } of CASES) {
      it(name, async function () {
        if (mode.startsWith('hang-long')) this.timeout(45000);
        const key = crypto.randomUUID();
        let origin = '';
        if (where) {
          const port = await getJson<number>(`/__test/port/form-${where}`);
          if (where !== 'down') await fetch(`/__test/listen/${String(port)}${where === 'cors' ? '/cors' : ''}`);
          origin = `http://127.0.0.1:${String(port)}`;
        }
        const action = `${origin}/__test/comments/${key}/${mode}`;
        const watch = watchPage();
        const problems: string[] = [];
        let note = '';
        // What the page itself asks for (the browser's network stack may send it again: see 'drop').
        const realFetch = window.fetch.bind(window);
        const sent: string[] = [];
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          if (init?.method === 'POST') sent.push(input instanceof Request ? input.url : input.toString());
          return realFetch(input, init);
        };
        try {
          const el = await fixture<PressCommentForm>(html`<press-comment-form post-id="123" action=${action}></press-comment-form>`);
          const typed = { comment: `Hostile networks, ${mode}.`, author: 'Ann', email: 'ann@example.com' };
          for (const [id, text] of Object.entries(typed)) {
            el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.focus();
            await sendKeys({ type: text });
          }
          const outcome = (): Promise<CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>> =>
            Promise.race([oneEvent(el, 'press-comment-posted'), oneEvent(el, 'press-comment-failed')]) as Promise<
              CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>
            >;
          const first = outcome();
          // A double click: the second must not post a second copy.
          part(el, 'submit').click();
          part(el, 'submit').click();
          let event = await first;
          await el.updateComplete;
          if (event.type !== 'press-comment-failed') problems.push(`${event.type}: ${JSON.stringify(event.detail)}`);
          for (const [id, text] of Object.entries(typed)) {
            const value = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.value;
            if (value !== text) problems.push(`#${id} holds "${value}"`);
          }
          if (parts(el, 'error').length !== 1) problems.push('no message shown');
          if (sent.length > 1) problems.push(`the page posted ${String(sent.length)} times`);

          // "Try again" as long as it is offered (the network back up first), until the form says sent.
          if (where === 'down') {
            await fetch(`/__test/listen/${new URL(origin).port}/cors`);
            // Nothing was sent (the probe of the other origin found no network): no "Try again"; the
            // visitor posts again.
            if (parts(el, 'retry').length > 0) problems.push('"Try again" offered for a comment that was never sent');
            const next = outcome();
            part(el, 'submit').click();
            event = await next;
            await el.updateComplete;
          }
          let tries = 0;
          while (event.type === 'press-comment-failed' && parts(el, 'retry').length > 0 && tries < 5) {
            tries++;
            const next = outcome();
            part(el, 'retry').click();
            event = await next;
            await el.updateComplete;
          }
          const said = event.type === 'press-comment-posted' ? 'sent' : 'refused';
          if (ends !== 'either' && said !== ends) problems.push(`ends ${said}: ${JSON.stringify(event.detail)}`);
          const text = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value;
          if (said === 'refused' && text !== typed.comment) problems.push('refused, and the text is gone');
          const held = await getJson<unknown[]>(`/__test/comments/${key}/kept`);
          const received = await getJson<unknown[]>(`/__test/comments/${key}`);
          if (held.length !== copies) problems.push(`the site holds ${String(held.length)} copies`);
          note =
            `copies received after Try again: ${String(held.length)} (the form: ${said} after ${String(tries)} × Try again; ` +
            `the page posted ${String(sent.length)} times, the server received ${String(received.length)})`;
        } finally {
          window.fetch = realFetch;
          watch.stop();
        }
        if (watch.warnings.length > 1) problems.push(`${String(watch.warnings.length)} console warnings`);
        problems.push(...watch.uncaught.map((m) => `uncaught: ${m}`));
        formMatrix.set(name, problems.length > 0 ? `${problems.join('; ')}; ${note}` : note);
        if (problems.length > 0) formFailed.add(name);
        console.log(`${name}: ${note}`);
        expect(problems).to.deep.equal([]);
      });
    }
  });
});
