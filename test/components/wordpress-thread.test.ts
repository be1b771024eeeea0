// A post's conversation read over REST (src/data/wordpress/thread.ts), against the fake WordPress
// (test/server/fake-wordpress.js): every page of the comments, asked alongside the post; the
// site's offset at each comment's moment; the title as text; a page's id; whatever the site sends.
import { expect } from '@open-wc/testing';
import { loadWordPress } from '../../src/data/wordpress/load.js';
import { RestApi } from '../../src/data/wordpress/rest.js';
import { readThread } from '../../src/data/wordpress/thread.js';
import { store } from '../helpers/watch.js';

/** A fake WordPress holding `data`; its key counts its requests. */
async function wordpress(
  data: unknown,
): Promise<{ api: RestApi; requests: () => Promise<number>; timings: () => PerformanceResourceTiming[]; asked: () => URL[] }> {
  const key = await store(data);
  const api = new RestApi(`${location.origin}/__test/fault/${key}/ok/wp-json/`);
  const timings = (): PerformanceResourceTiming[] =>
    performance.getEntriesByType('resource').filter((entry): entry is PerformanceResourceTiming => entry.name.includes(`${key}/ok/wp-json/`));
  return {
    api,
    requests: async () => (await (await fetch(`/__test/count/${key}`)).json()) as number,
    timings,
    asked: () => timings().map((entry) => new URL(entry.name)),
  };
}

interface Comment {
  id: number;
  post: number;
  parent: number;
  author_name: string;
  author_url: string;
  date: string;
  date_gmt: string;
  content: { rendered: string };
  link: string;
  author_avatar_urls?: Record<string, string>;
}

/** Comment `id` of post `post` as REST gives it, at local `date` with UTC `gmt`. */
function comment(id: number, post: number, date = '2026-12-06T09:30:00', gmt = '2026-12-06T08:30:00'): Comment {
  return {
    id,
    post,
    parent: 0,
    author_name: `Author ${String(id)}`,
    author_url: '',
    date,
    date_gmt: gmt,
    content: { rendered: `<p>Comment ${String(id)}</p>\n` },
    link: `https://blog.example/post/#comment-${String(id)}`,
  };
}

const post = (id: number, title = 'A post', status = 'open'): unknown => ({ id, title: { rendered: title }, comment_status: status });

interface Thread {
  title: unknown;
  open: unknown;
  avatars: unknown;
  settings: unknown;
  comments: Record<string, unknown>[];
}

before(() => {
  performance.setResourceTimingBufferSize(10_000);
  return loadWordPress();
});

describe('readThread (WordPress REST)', () => {
  it('reads every page of 250 comments and the post alongside them: four requests, the post not waiting for the comments', async () => {
    const comments = Array.from({ length: 250 }, (_, i) => comment(i + 1, 7));
    const { api, requests, asked, timings } = await wordpress({ posts: [post(7)], comments: [...comments, comment(999, 8)] });
    const thread = (await readThread(api, 7)) as unknown as Thread;

    expect(thread.comments.map((c) => c.id)).to.deep.equal(comments.map((c) => c.id));
    expect(await requests()).to.equal(4);
    const urls = asked();
    const commentPages = urls.filter((url) => url.pathname.endsWith('/wp/v2/comments'));
    expect(commentPages.map((url) => url.searchParams.get('page'))).to.have.members(['1', '2', '3']);
    for (const url of commentPages) {
      expect(Object.fromEntries(url.searchParams)).to.include({ post: '7', orderby: 'date_gmt', order: 'asc', per_page: '100' });
      expect(url.searchParams.get('_fields')?.split(',')).to.include.members(['id', 'parent', 'date', 'date_gmt', 'author_avatar_urls']);
    }
    const postUrl = urls.find((url) => url.pathname.endsWith('/wp/v2/posts/7'));
    expect(postUrl?.searchParams.get('_fields')).to.equal('title,comment_status');

    // Asked together: each request started before the other had answered.
    const timing = (path: string): PerformanceResourceTiming =>
      timings().find((entry) => {
        const url = new URL(entry.name);
        return url.pathname.endsWith(path) && ['1', null].includes(url.searchParams.get('page'));
      })!;
    const [firstPage, ofPost] = [timing('/wp/v2/comments'), timing('/wp/v2/posts/7')];
    expect(ofPost.startTime, 'the post was asked after the comments came').to.be.below(firstPage.responseEnd);
    expect(firstPage.startTime, 'the comments were asked after the post came').to.be.below(ofPost.responseEnd);
  });

  it('writes each comment’s local time with the site’s offset at that moment: winter, summer, both 02:30s of the autumn change, west of UTC, a quarter hour', async () => {
    const cases: [local: string, gmt: string, expected: string][] = [
      ['2026-12-06T09:30:00', '2026-12-06T08:30:00', '2026-12-06T09:30:00+01:00'],
      ['2026-07-01T01:30:00', '2026-06-30T23:30:00', '2026-07-01T01:30:00+02:00'], // another day, another month in UTC
      // Europe/Berlin's spring change (02:00 → 03:00 on 2026-03-29) and autumn change (03:00 → 02:00 on 2026-10-25)
      ['2026-03-29T01:59:00', '2026-03-29T00:59:00', '2026-03-29T01:59:00+01:00'],
      ['2026-03-29T03:00:00', '2026-03-29T01:00:00', '2026-03-29T03:00:00+02:00'],
      ['2026-10-25T02:30:00', '2026-10-25T00:30:00', '2026-10-25T02:30:00+02:00'],
      ['2026-10-25T02:30:00', '2026-10-25T01:30:00', '2026-10-25T02:30:00+01:00'],
      ['2026-12-31T19:00:00', '2027-01-01T00:00:00', '2026-12-31T19:00:00-05:00'], // New York, a year earlier than UTC
      ['2026-06-01T08:00:00', '2026-06-01T11:30:00', '2026-06-01T08:00:00-03:30'], // Newfoundland-like manual offset
      ['2026-06-01T17:45:00', '2026-06-01T12:00:00', '2026-06-01T17:45:00+05:45'], // Kathmandu
      ['2026-06-01T12:00:00', '2026-06-01T12:00:00', '2026-06-01T12:00:00+00:00'],
      // What a site should not send: the instant in UTC, or the local time alone.
      ['2026-06-01T12:00:00', '2026-06-03T12:00:00', '2026-06-03T12:00:00Z'], // an offset of two days
      ['2026-06-01T12:00:30', '2026-06-01T12:00:00', '2026-06-01T12:00:00Z'], // half a minute
      ['soon', '2026-06-01T12:00:00', '2026-06-01T12:00:00Z'],
      ['2026-06-01T12:00:00', '', '2026-06-01T12:00:00'],
    ];
    const { api } = await wordpress({ posts: [post(3)], comments: cases.map(([local, gmt], i) => comment(i + 1, 3, local, gmt)) });
    const thread = (await readThread(api, 3)) as unknown as Thread;
    expect(thread.comments.map((c) => c.date)).to.deep.equal(cases.map(([, , expected]) => expected));
    // Both 02:30s of the autumn change are the instants they were, an hour apart.
    const [early, late] = [thread.comments[4].date, thread.comments[5].date].map((date) => Date.parse(date as string));
    expect(late - early).to.equal(3_600_000);
  });

  it("gives the title with its tags dropped (normalizeThread decodes its character references, as a feed's); open from comment_status", async () => {
    const { api } = await wordpress({
      posts: [post(5, 'Tom &amp; Jerry: &#8220;schon&#8221; kodiert &#038; <b>fett</b>', 'closed')],
      comments: [{ ...comment(1, 5), author_url: 'https://example.org/?a=1&amp;b=2', author_avatar_urls: { 24: 'a24', 48: 'a48', 96: 'a96' } }],
    });
    const thread = (await readThread(api, 5)) as unknown as Thread;
    expect(thread).to.deep.include({ title: 'Tom &amp; Jerry: &#8220;schon&#8221; kodiert &#038; fett', open: false, avatars: true, settings: {} });
    expect((await loadWordPress()).normalizeThread(thread, api.origin)?.title).to.equal('Tom & Jerry: “schon” kodiert & fett');
    expect(thread.comments[0]).to.deep.equal({
      id: 1,
      parent: 0,
      author: 'Author 1',
      authorUrl: 'https://example.org/?a=1&b=2',
      avatar: 'a96',
      date: '2026-12-06T09:30:00+01:00',
      content: '<p>Comment 1</p>\n',
      url: 'https://blog.example/post/#comment-1',
    });
  });

  it('says the site shows no avatars when its comments carry none', async () => {
    const { api } = await wordpress({ posts: [post(5)], comments: [comment(1, 5), comment(2, 5)] });
    const thread = (await readThread(api, 5)) as unknown as Thread;
    expect(thread.avatars).to.equal(false);
    expect(thread.open).to.equal(true);
    expect(thread.comments[0].avatar).to.equal(undefined);
  });

  it('takes a page’s title when the id is no post’s (wp/v2/posts answers 404): one request more', async () => {
    const { api, requests, asked } = await wordpress({ pages: [post(12, 'Über uns')], comments: [comment(1, 12)] });
    const thread = (await readThread(api, 12)) as unknown as Thread;
    expect(thread.title).to.equal('Über uns');
    expect(thread.comments).to.have.length(1);
    expect(await requests()).to.equal(3);
    // (Chromium times a 404 whose body nobody reads only when it is collected: the count tells it.)
    expect(asked().map((url) => url.pathname.replace(/.*\/wp-json\//, ''))).to.include.members(['wp/v2/pages/12', 'wp/v2/comments']);
  });

  it('fails with the 404 when neither a post nor a page has the id', async () => {
    const { api } = await wordpress({ comments: [] });
    const error = await readThread(api, 404).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as { status?: number }).status).to.equal(404);
  });

  it('never throws on what a site sends but a comments answer that is no list: a comment without a whole-number id is left out, the rest passed on as it is', async () => {
    // Parsed from text, so that "__proto__" is a key as in any JSON answer.
    const answers = JSON.parse(`{
      "post": { "title": { "rendered": { "toString": "x" } }, "comment_status": "toString", "__proto__": { "comment_status": "open" } },
      "comments": [
        null, "text", 7, [1, 2], {}, { "id": "5" }, { "id": 1.5 }, { "id": -3 }, { "id": 0 }, { "id": { "valueOf": 4 } },
        { "id": 21, "constructor": 1, "hasOwnProperty": 2, "author_avatar_urls": "none", "content": "plain", "date": 5, "date_gmt": {}, "author_url": 3 },
        { "id": 22, "author_avatar_urls": { "constructor": "c", "toString": "t", "__proto__": { "96": "inherited" } }, "content": { "rendered": null } },
        { "id": 23, "author_avatar_urls": null, "content": { "__proto__": { "rendered": "inherited" } }, "date": "2026-01-01T00:00:00", "date_gmt": null }
      ]
    }`) as { post: unknown; comments: unknown[] };
    for (const [postBody, commentsBody] of [
      [answers.post, answers.comments],
      [null, []],
      ['a string', []],
      [[], null],
      [[], { 0: { id: 1 } }],
      [[], 'not a list'],
    ]) {
      const stub = {
        origin: 'https://blog.example/',
        page: (route: string) => Promise.resolve({ body: route.startsWith('wp/v2/comments') ? commentsBody : postBody, total: undefined, totalPages: 1 }),
        // As RestApi.all reads a first page that is no list: as no comments.
        all: (_route: string, _params: unknown, first: { body: unknown }) => Promise.resolve(Array.isArray(first.body) ? first.body : []),
      } as unknown as RestApi;
      if (!Array.isArray(commentsBody)) {
        // An answer of the wrong shape is a failure (the thread shows its error with Retry), not an empty thread.
        let failed = false;
        await readThread(stub, 1).catch(() => (failed = true));
        expect(failed, JSON.stringify(commentsBody)).to.equal(true);
        continue;
      }
      const thread = (await readThread(stub, 1)) as unknown as Thread;
      expect(thread.title).to.equal('');
      expect(thread.open).to.equal(false);
      expect(thread.settings).to.deep.equal({});
      if (postBody !== answers.post) {
        expect(thread.comments).to.deep.equal([]);
        continue;
      }
      expect(thread.comments.map((c) => c.id)).to.deep.equal([21, 22, 23]);
      expect(thread.avatars).to.equal(true);
      const [a, b, c] = thread.comments;
      expect(a).to.include({ author: undefined, authorUrl: undefined, avatar: undefined, content: undefined, date: undefined });
      expect(b).to.include({ avatar: undefined, content: undefined });
      expect(c).to.include({ avatar: undefined, content: undefined, date: '2026-01-01T00:00:00' });
    }
  });
});
