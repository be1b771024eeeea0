// The shared client's sessionStorage cache against a real WordPress: a second page view of the tab
// (an iframe: the tab's sessionStorage, but modules, registry and answers of its own) shows the same
// items at once, before any request has gone out, then refreshes each URL once in the background.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { freshApi, widgetArchives, widgetCategories, widgetComments } from './wordpress.js';

type View = Window & { requests: string[]; requestedBeforeShown: number; shownBeforeFirstAnswer?: boolean };

const WIDGETS = ['press-categories', 'press-archives', 'press-recent-comments'];

/**
 * A page view: fetch is watched to log each request and whether the widgets showed items before
 * the first answer; answers are held back `answerAfter` ms (a slow network).
 */
async function pageView(api: string, answerAfter = 0): Promise<{ view: View; items: () => unknown[]; loaded: () => boolean; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  // A window of a real size: widgets more than a screen below it would wait to be scrolled to.
  frame.width = '1024';
  frame.height = '2000';
  frame.srcdoc = `<script>
    const original = window.fetch;
    const shown = () => ${JSON.stringify(WIDGETS)}.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~=link]') && !document.querySelector(name).shadowRoot.querySelector('[part~=skeleton]'));
    window.requests = [];
    window.requestedBeforeShown = 0;
    window.fetch = (url, init) => {
      window.requests.push(String(url));
      if (!shown()) window.requestedBeforeShown++;
      return original(url, init).then(async (response) => {
        await new Promise((resolve) => setTimeout(resolve, ${String(answerAfter)}));
        window.shownBeforeFirstAnswer ??= shown();
        return response;
      });
    };
  </script><script type="module" src="/src/index.ts"></script>
  <press-site api="${api}"><press-categories show-counts hierarchical show-empty></press-categories>
  <press-archives show-counts></press-archives><press-recent-comments number="20"></press-recent-comments></press-site>`;
  const ready = oneEvent(frame, 'load');
  document.body.append(frame);
  await ready;
  const view = frame.contentWindow as View;
  const [categories, archives, comments] = WIDGETS.map((name) => view.document.querySelector(name)!);
  const widgets = [categories, archives, comments];
  return {
    view,
    frame,
    items: () => [widgetCategories(categories), widgetArchives(archives), widgetComments(comments)],
    loaded: () => widgets.every((el) => el.shadowRoot?.querySelector('[part~=link]') && !el.shadowRoot.querySelector('[part~=skeleton]')),
  };
}

describe('the sessionStorage cache, with WordPress', () => {
  it('a second page view shows the same items before any request, then asks each URL once again', async () => {
    const { api } = freshApi('rest_route');
    const first = await pageView(api);
    await waitUntil(first.loaded, 'first view loaded', { timeout: 10000 });
    await waitUntil(() => first.view.shownBeforeFirstAnswer !== undefined);
    expect(first.view.shownBeforeFirstAnswer).to.equal(false);
    const shown = first.items();

    const second = await pageView(api, 1500);
    await waitUntil(() => second.view.shownBeforeFirstAnswer !== undefined, 'an answer came', { timeout: 10000 });
    expect(second.view.shownBeforeFirstAnswer).to.equal(true);
    expect(first.view.requestedBeforeShown, 'requests before the first view showed').to.be.greaterThan(0);
    expect(second.view.requestedBeforeShown, 'requests before the second view showed').to.equal(0);
    expect(second.loaded()).to.equal(true);
    expect(second.items()).to.deep.equal(shown);
    // Same URLs, each once: nothing per visitor or per view in them.
    await waitUntil(() => second.view.requests.length === first.view.requests.length, 'refreshed', { timeout: 10000 });
    expect([...second.view.requests].sort()).to.deep.equal([...first.view.requests].sort());
    expect(new Set(second.view.requests).size).to.equal(second.view.requests.length);
    first.frame.remove();
    second.frame.remove();
  });
});
