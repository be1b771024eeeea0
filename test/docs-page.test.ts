// The docs pages (demo/docs.html?element=<tag>), made from custom-elements.json at run time: every
// element's API tables, a live example whose attribute switches work, and the gallery's states.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Catalog } from '../src/i18n/strings.js';

/** A demo page in a frame, once each of `ready` finds something. */
async function open(src: string, ...ready: string[]): Promise<Document> {
  const frame = document.createElement('iframe');
  // A tall window: widgets more than a screen below it would wait to be scrolled to.
  frame.width = '1024';
  frame.height = '2000';
  frame.src = src;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => ready.every((selector) => doc.querySelector(selector)), `${src} is not ready`, { timeout: 8000 });
  return doc;
}

const docs = (tag: string): Promise<Document> => open(`/demo/docs.html?element=${tag}`, '#parts ~ table', '#states ~ .specimens');

const cells = (doc: Document, table: string): string[] =>
  Array.from(doc.querySelectorAll(`#${table} ~ table tbody tr td:first-child`), (td) => td.textContent.trim());

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => {
    frame.remove();
  });
});

describe('the docs pages', () => {
  it('press-categories: attributes, properties, events, parts and tokens from the manifest; a live example; every state', async () => {
    const doc = await docs('press-categories');
    expect(cells(doc, 'attributes')).to.include.members(['show-counts', 'hierarchical', 'heading']);
    expect(cells(doc, 'properties')).to.include.members(['categories', 'showCounts']);
    expect(cells(doc, 'events')).to.deep.equal(['press-load', 'press-error']);
    expect(cells(doc, 'parts')).to.include.members(['::part(heading)', '::part(children)', '::part(count)']);
    expect(cells(doc, 'tokens')).to.include.members(['--press-color-link', '--press-space']);

    const live = doc.querySelector('#example ~ .live press-categories')!;
    const text = (): string => live.shadowRoot?.textContent ?? '';
    await waitUntil(() => text().includes('Company News'), 'the live example did not render');
    expect(text()).not.to.contain('(82)');
    const box = Array.from(doc.querySelectorAll('.live-controls label'))
      .find((l) => l.textContent.trim() === 'show-counts')!
      .querySelector('input')!;
    box.click();
    await waitUntil(() => text().includes('(82)'), 'switching show-counts on did nothing');
    expect(doc.querySelector('.live pre')?.textContent).to.contain('<press-categories show-counts="">');

    const states = Array.from(doc.querySelectorAll('#states ~ .specimens .state'), (s) => s.textContent.trim());
    expect(states).to.include.members(['Ready', 'Loading', 'Empty']);
    expect(states.some((s) => s.startsWith('Error'))).to.be.true;
    expect(doc.querySelectorAll('#states ~ .specimens press-categories').length).to.be.greaterThan(5);
  });

  it('every element has its page', async () => {
    for (const tag of ['press-menu', 'press-archives', 'press-recent-comments', 'press-comment-form', 'press-comments']) {
      const doc = await docs(tag);
      expect(doc.querySelector('h2')?.textContent, tag).to.equal(`<${tag}>`);
      expect(cells(doc, 'parts').length, tag).to.be.greaterThan(3);
      expect(doc.querySelector(`#example ~ .live ${tag}`), tag).to.exist;
      expect(doc.querySelectorAll(`#states ~ .specimens ${tag}`).length, tag).to.be.greaterThan(1);
      document.querySelector('iframe')?.remove();
    }
  });

  it("shows the gallery's own specimens: the same states, captions and markup as the gallery's section", async () => {
    const gallery = await open('/demo/gallery.html', '#comment-form .specimen');
    // Every section the table of contents names is there (other pages link to gallery.html#overview…).
    const toc = Array.from(gallery.querySelectorAll('.toc a'), (a) => a.getAttribute('href'));
    expect(toc).to.include.members(['#overview', '#categories', '#archives', '#recent-comments', '#menu', '#comment-form', '#comments', '#rtl', '#languages']);
    for (const href of toc) expect(gallery.querySelector(`section${href!} .specimen`), href!).to.exist;
    const shown = (doc: Document, scope: string): string[] =>
      Array.from(
        doc.querySelectorAll(`${scope} .specimen`),
        (figure) => `${figure.querySelector('figcaption')!.textContent} | ${figure.querySelector('.markup')!.textContent}`,
      );
    const specimens = shown(gallery, '#menu');
    expect(specimens.length).to.be.greaterThan(10);
    expect(specimens[0]).to.contain('<press-site src="./feeds/ready.json">\n  <press-menu label=');
    expect(shown(await docs('press-menu'), '#states ~ .specimens')).to.deep.equal(specimens);
  });

  it("shows the gallery's Languages specimens in their page's language and direction, and axe finds nothing wrong in them", async () => {
    const gallery = await open('/demo/gallery.html', '#languages .specimen');
    const frames = Array.from(gallery.querySelectorAll<HTMLElement>('#languages-sidebar + .specimens .frame'));
    const locales: Record<string, string> = { ar: 'ar', 'zh-CN': 'zh_CN', 'pl-PL': 'pl_PL', 'ru-RU': 'ru_RU', 'he-IL': 'he_IL', ja: 'ja' };
    expect(frames.map((frame) => frame.lang)).to.deep.equal(Object.keys(locales));
    const shadowText = (el: Element | null): string => el?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    for (const frame of frames) {
      const { default: catalog } = (await import(`../src/i18n/translations/${locales[frame.lang]}.js`)) as { default: Catalog };
      // Far down the page: its widgets load when near the viewport.
      frame.scrollIntoView();
      const widgets = Array.from(frame.querySelectorAll('*')).filter((el) => el.localName.startsWith('press-') && el.localName !== 'press-site');
      await waitUntil(
        () => widgets.every((el) => shadowText(el) && !el.shadowRoot!.querySelector('[aria-busy="true"], [part~="skeleton"]')),
        `the ${frame.lang} specimen did not load`,
        { timeout: 8000 },
      );
      const heading = (tag: string): string | undefined => frame.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim();
      expect(heading('press-archives'), frame.lang).to.equal(catalog.archives);
      expect(heading('press-categories'), frame.lang).to.equal(catalog.categories);
      expect(heading('press-comment-form'), frame.lang).to.equal(catalog.leaveReply);
      expect(shadowText(frame.querySelector('press-comment-count')), frame.lang).to.equal(catalog.noCommentsYet);
      const rtl = frame.lang === 'ar' || frame.lang === 'he-IL';
      expect(getComputedStyle(frame.querySelector('press-categories')!).direction, frame.lang).to.equal(rtl ? 'rtl' : 'ltr');
    }

    // axe-core in the gallery's own window (its CSP allows scripts of its own origin), over the section.
    const script = Object.assign(gallery.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = oneEvent(script, 'load');
    gallery.head.append(script);
    await loaded;
    interface Axe {
      run: (context: Element) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }>;
    }
    const { axe } = gallery.defaultView as unknown as { axe: Axe };
    const { violations } = await axe.run(gallery.querySelector('#languages')!);
    // Every rule, label-content-name-mismatch included: a catalog with "Reply" but not "Reply to %s"
    // (ar, pl_PL, he_IL), or with it from another context (ru_RU), once named the button in other words than it shows.
    const found = violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(', ')}`);
    expect(found).to.deep.equal([]);
  });
});
