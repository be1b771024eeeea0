// The docs pages (demo/docs.html?element=<tag>), made from custom-elements.json at run time: every
// element's API tables, a live example whose attribute switches work, and the gallery's states.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

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
});
