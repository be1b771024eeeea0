// press-comments against WordPress's own post page: for the seeded conversation (a reply chain 8
// deep, HTML, names in three scripts, a held comment with an approved reply, 8 top-level comments)
// and a closed post, under each discussion setting, the element's items equal, item for item, what
// wp_list_comments() prints from the same database through comments_template()'s query (the
// harness's `comments` rendering, test/wordpress/mu-plugin.php): order, nesting level, author,
// author link, date text, text, permalink, Reply. The REST API does not tell the settings, so the
// element gets them as attributes.
import { expect } from '@open-wc/testing';
import '../../src/define/press-comment-form.js';
import '../../src/define/press-comments.js';
import { freshApi, render, requestsFor, WP } from './wordpress.js';

/** The seeded posts (seed.php): found by their titles, as the browser cannot read the seed manifest. */
async function seedPosts(): Promise<Record<'thread' | 'thread_closed', number>> {
  const find = async (title: string): Promise<number> => {
    const url = `${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id,title&search=${encodeURIComponent(title)}`;
    const found = ((await (await fetch(url)).json()) as { id: number; title: { rendered: string } }[]).filter((post) => post.title.rendered.includes(title));
    expect(found, `the seed’s post “${title}”: run test/wordpress/setup.sh`).to.have.length(1);
    return found[0].id;
  };
  return { thread: await find('wer hat recht?'), thread_closed: await find('Geschlossen: Rückblick') };
}

/** One setting: WordPress's options for the rendering, and the element's attributes that say the same. */
interface Setting {
  name: string;
  post: 'thread' | 'thread_closed';
  options: Record<string, string | number>;
  attributes: Record<string, string>;
}

const settings: Setting[] = [];
const add = (name: string, post: Setting['post'], options: Setting['options'], attributes: Setting['attributes']): void => {
  settings.push({ name, post, options, attributes });
};
add('threaded, depth 5 (defaults)', 'thread', {}, {});
add('threaded, depth 3', 'thread', { thread_comments_depth: 3 }, { depth: '3' });
add('threaded, depth 10', 'thread', { thread_comments_depth: 10 }, { depth: '10' });
add('threaded, newest first', 'thread', { comment_order: 'desc' }, { order: 'desc' });
add('not threaded', 'thread', { thread_comments: 0 }, { threaded: 'false' });
for (const order of ['asc', 'desc'] as const) {
  for (const defaultPage of ['newest', 'oldest'] as const) {
    for (const page of [0, 1, 2, 3]) {
      add(
        `3 a page, ${order}, default ${defaultPage}, ${page ? `page ${String(page)}` : 'default page'}`,
        'thread',
        { page_comments: 1, comments_per_page: 3, comment_order: order, default_comments_page: defaultPage, page },
        { 'per-page': '3', order, 'default-page': defaultPage, ...(page ? { page: String(page) } : {}) },
      );
    }
  }
}
for (const page of [0, 1, 4, 6]) {
  add(
    `not threaded, 3 a page, ${page ? `page ${String(page)}` : 'default page'}`,
    'thread',
    { thread_comments: 0, page_comments: 1, comments_per_page: 3, page },
    { threaded: 'false', 'per-page': '3', ...(page ? { page: String(page) } : {}) },
  );
}
add('closed post', 'thread_closed', {}, {});
add('closed post, not threaded', 'thread_closed', { thread_comments: 0 }, { threaded: 'false' });

/** What a reader sees of one comment. */
interface Item {
  id: string;
  depth: string;
  parent: boolean;
  author: string;
  authorHref: string | undefined;
  authorRel: string | undefined;
  date: string;
  text: string;
  permalink: boolean;
  reply: boolean;
}

/** Whitespace folded (U+202F, which Intl puts before "AM", is whitespace too). */
const fold = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
/** Text as shown: what `<script>`, `<style>` and the like hold is not. */
function shownText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('script, style, template, noscript, iframe, title')) hidden.remove();
  return fold(copy.textContent);
}
const depthOf = (li: Element): string => /\bdepth-(\d+)\b/.exec(li.className)?.[1] ?? '?';
const permalinkOf = (link: Element | null, id: string): boolean => link instanceof HTMLAnchorElement && link.href.endsWith(`#${id}`);

/** The items of WordPress's `ol.comment-list`, in document order. */
function wordpressItems(root: Element): Item[] {
  return [...root.querySelectorAll('ol.comment-list li.comment')].map((li) => {
    const authorLink = li.querySelector(':scope > article .comment-author .fn a');
    const dateLink = li.querySelector(':scope > article .comment-metadata a');
    return {
      id: li.id,
      depth: depthOf(li),
      parent: li.classList.contains('parent'),
      author: fold(li.querySelector(':scope > article .comment-author .fn')?.textContent),
      authorHref: authorLink instanceof HTMLAnchorElement ? authorLink.href : undefined,
      authorRel: authorLink?.getAttribute('rel') ?? undefined,
      date: fold(dateLink?.querySelector('time')?.textContent).toLowerCase(),
      text: shownText(li.querySelector(':scope > article .comment-content')),
      permalink: permalinkOf(dateLink, li.id),
      reply: li.querySelector(':scope > article .reply') !== null,
    };
  });
}

/** The same, from the element's shadow DOM. */
function elementItems(root: ShadowRoot): Item[] {
  return [...root.querySelectorAll('li[part~="comment"]')].map((li) => {
    const own = (selector: string): Element | null => [...li.querySelectorAll(selector)].find((found) => found.closest('li') === li) ?? null;
    const author = own('[part~="author"]');
    const authorLink = author?.querySelector('a');
    const dateLink = own('a[part~="date"]');
    return {
      id: li.id,
      depth: depthOf(li),
      parent: li.classList.contains('parent'),
      author: fold(author?.textContent),
      authorHref: authorLink?.href,
      authorRel: authorLink?.getAttribute('rel') ?? undefined,
      date: fold((dateLink?.querySelector('time') ?? dateLink)?.textContent).toLowerCase(),
      text: shownText(own('[part~="content"]')),
      permalink: permalinkOf(dateLink, li.id),
      reply: own('[part~="reply"]') !== null,
    };
  });
}

// The page has a comment form, as a post page does: the thread offers Reply only with one.
before(() => {
  document.body.append(document.createElement('press-comment-form'));
});

/** Why a press-comments did not load: the next ones are not waited for (29 waits would outlast the run's timeout). */
let broken: string | undefined;

/** A press-comments for `post` with `attributes`, once it has fired press-load. */
async function shown(api: string, post: number, attributes: Record<string, string>): Promise<HTMLElement> {
  if (broken) throw new Error(`an earlier press-comments did not load: ${broken}`);
  const el = document.createElement('press-comments');
  el.setAttribute('api', api);
  el.setAttribute('post-id', String(post));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('press-load', () => {
      resolve();
    });
    el.addEventListener('press-error', (event) => {
      reject(new Error(`press-error: ${String((event as CustomEvent<{ message?: string }>).detail.message)}`));
    });
    setTimeout(() => {
      reject(new Error('no press-load within 10 s'));
    }, 10_000);
  });
  document.body.append(el);
  try {
    await loaded;
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  } catch (error) {
    el.remove();
    broken = String(error);
    throw error;
  }
  return el;
}

/** `$allowedtags` (wp-includes/kses.php) and the `p` and `br` of wpautop. */
const ALLOWED_TAGS = ['a', 'abbr', 'acronym', 'b', 'blockquote', 'br', 'cite', 'code', 'del', 'em', 'i', 'p', 'q', 's', 'strike', 'strong'];

const FIELDS = ['order', 'depth', 'parent', 'author', 'authorHref', 'authorRel', 'date', 'text', 'permalink', 'reply'] as const;

describe('press-comments against wp_list_comments() of the same database', function () {
  this.timeout(120_000);
  let posts: Record<'thread' | 'thread_closed', number>;
  let wordpress: Record<string, HTMLElement>;
  const table: { setting: string; items: number; fields: number; result: string }[] = [];

  before(async () => {
    posts = await seedPosts();
    wordpress = await render(Object.fromEntries(settings.map((setting, i) => [`comments#${String(i)}`, { post: posts[setting.post], ...setting.options }])));
  });

  after(() => {
    const rows = table.map((row) => `| ${row.setting} | ${String(row.items)} | ${String(row.items * row.fields)} | ${row.result} |`);
    console.log(['', '| setting | items | values compared | result |', '| --- | --- | --- | --- |', ...rows].join('\n'));
    const all = table.filter((row) => row.result === 'equal');
    console.log(`${String(all.length)} of ${String(table.length)} settings equal; ${String(table.reduce((sum, row) => sum + row.items, 0))} items compared`);
  });

  it('with the plugin, asks for its feed with the thread only, once', async () => {
    const { api, marker } = freshApi('wp-json', { plugin: true });
    const el = await shown(api, posts.thread, {});
    el.remove();
    const requests = requestsFor(marker);
    expect(requests.map((url) => url.replace(/\?.*/, ''))).to.deep.equal(['/wp-json/', '/wp-json/press/v1/feed']);
    expect(requests[1]).to.include(`thread=${String(posts.thread)}`);
  });

  it('without the plugin, asks WordPress for the index, the post and its comments only, once each', async () => {
    const { api, marker } = freshApi('wp-json');
    const el = await shown(api, posts.thread, {});
    el.remove();
    expect(requestsFor(marker).map((url) => url.replace(/\?.*/, ''))).to.have.members([
      '/wp-json/',
      `/wp-json/wp/v2/posts/${String(posts.thread)}`,
      '/wp-json/wp/v2/comments',
    ]);
  });

  for (const plugin of [false, true]) {
    settings.forEach((setting, i) => {
      it(`${setting.name}${plugin ? ", through the plugin's feed" : ''}: every item as WordPress prints it`, async () => {
        const expected = wordpress[`comments#${String(i)}`];
        const { api } = freshApi('wp-json', { plugin });
        const el = await shown(api, posts[setting.post], setting.attributes);
        try {
          const root = el.shadowRoot!;
          const theirs = wordpressItems(expected);
          const ours = elementItems(root);
          expect(theirs.length, 'WordPress rendered no comments: is the seed loaded?').to.be.greaterThan(0);
          const title = fold(root.querySelector('h2[part~="heading"]')?.textContent);
          const closed = root.querySelector('[part~="closed"]') !== null;
          const older = root.querySelector('[part~="older"]') !== null;
          const newer = root.querySelector('[part~="newer"]') !== null;
          const same =
            JSON.stringify(ours) === JSON.stringify(theirs) &&
            title === fold(expected.querySelector('h2.wp-block-comments-title')?.textContent) &&
            closed === (expected.querySelector('p.no-comments') !== null);
          table.push({
            setting: `${setting.name}${plugin ? ' (plugin)' : ''}`,
            items: theirs.length,
            fields: FIELDS.length,
            result: same ? 'equal' : 'DIFFERENT',
          });
          expect(ours, 'the items').to.deep.equal(theirs);
          expect(title, 'the title').to.equal(fold(expected.querySelector('h2.wp-block-comments-title')?.textContent));
          expect(closed, '"Comments are closed."').to.equal(expected.querySelector('p.no-comments') !== null);
          expect([older, newer], 'Older / Newer comments').to.deep.equal([
            expected.querySelector('.nav-previous a') !== null,
            expected.querySelector('.nav-next a') !== null,
          ]);
          // The instant behind each date text is WordPress's too.
          const instants = (nodes: Iterable<Element>): number[] => [...nodes].map((time) => Date.parse(time.getAttribute('datetime') ?? ''));
          expect(instants(root.querySelectorAll('a[part~="date"] time')), 'the datetimes').to.deep.equal(
            instants(expected.querySelectorAll('.comment-metadata time')),
          );
        } finally {
          el.remove();
        }
      });
    });
  }

  it('shows the title in WordPress’s words, "Comments are closed." only on the closed post, the held comment to nobody, and no markup of the hostile comment', async () => {
    const held = (await (await fetch(`${WP}/?rest_route=/wp/v2/comments&post=${String(posts.thread)}&per_page=100&_fields=id,parent`)).json()) as {
      id: number;
      parent: number;
    }[];
    const { api } = freshApi('wp-json');
    // One after the other: a press-comments far below the viewport waits until it is near.
    const roots: ShadowRoot[] = [];
    for (const [post, attributes] of [
      [posts.thread, { threaded: 'false' }],
      [posts.thread_closed, {}],
    ] as const) {
      const el = await shown(api, post, attributes);
      // A copy, to read after the element is gone.
      const copy = document.createElement('div').attachShadow({ mode: 'open' });
      copy.append(...[...el.shadowRoot!.children].map((child) => child.cloneNode(true)));
      roots.push(copy);
      el.remove();
    }
    const [o, c] = roots as [ShadowRoot, ShadowRoot];
    expect(fold(o.querySelector('[part~="heading"]')?.textContent)).to.equal('17 responses to “Zinsen & „Märkte“: wer hat recht?”');
    expect(fold(c.querySelector('[part~="heading"]')?.textContent)).to.equal('3 responses to “Geschlossen: Rückblick & Ausblick”');
    expect(o.querySelector('[part~="closed"]')).to.equal(null);
    expect(fold(c.querySelector('[part~="closed"]')?.textContent)).to.equal('Comments are closed.');
    expect(c.querySelector('[part~="reply"]'), 'a Reply on the closed post').to.equal(null);
    // The held comment is the one parent REST does not list.
    const ids = new Set(held.map((comment) => comment.id));
    const heldIds = held.flatMap((comment) => (comment.parent && !ids.has(comment.parent) ? [comment.parent] : []));
    expect(heldIds, 'the seed’s held comment').to.have.length(1);
    expect(o.querySelector(`#comment-${String(heldIds[0])}`), 'the held comment').to.equal(null);
    expect(fold(o.textContent)).not.to.include('wartet auf Freigabe');
    for (const root of [o, c]) {
      // Inside each text only $allowedtags and wpautop's p and br.
      const shownTags = [...root.querySelectorAll('[part~="content"] *')].map((element) => element.localName);
      expect(
        shownTags.filter((tag) => !ALLOWED_TAGS.includes(tag)),
        'elements kses does not allow',
      ).to.deep.equal([]);
      const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(
        links.filter((href) => /^\s*javascript:/i.test(href)),
        'javascript: links',
      ).to.deep.equal([]);
    }
    expect(
      [...o.querySelectorAll('[part~="content"] *')].map((element) => element.localName),
      'the seed’s allowed HTML',
    ).to.include.members(['strong', 'em', 'b', 'i', 'code', 'a', 'abbr', 'acronym', 'q', 'cite', 'del', 's', 'strike', 'blockquote']);
    expect(fold(o.textContent)).to.include('Kein Skript, kein Bild, kein Link, kein zweiter, kein Rahmen.');
  });
});
