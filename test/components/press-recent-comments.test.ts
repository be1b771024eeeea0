import { expect, html } from '@open-wc/testing';
import type { PressRecentComments } from '../../src/components/press-recent-comments/press-recent-comments.js';
import type { RecentComment } from '../../src/data/model.js';
import { FEED, loaded, part, parts, shadowText } from '../helpers/fixtures.js';

const many: RecentComment[] = Array.from({ length: 8 }, (_, i) => ({
  id: i + 1,
  author: `Reader ${String(i + 1)}`,
  postTitle: `Post ${String(i + 1)}`,
  url: `/p/${String(i + 1)}/#comment-${String(i + 1)}`,
  date: new Date(Date.UTC(2025, 5, i + 1)).toISOString(),
}));

const metaTexts = (el: Element): string[] => parts(el, 'meta').map((m) => m.textContent.replace(/\s+/g, ' ').trim());

describe('press-recent-comments', () => {
  it('shows "Author on Post title", author and title linked, entities decoded', async () => {
    const el = await loaded<PressRecentComments>(html`<press-recent-comments src=${FEED}></press-recent-comments>`);
    expect(part(el, 'heading').textContent).to.equal('Recent Comments');
    expect(metaTexts(el)).to.deep.equal(['Ann on S&P 500 hits a record', 'Bo on Japan’s ispace Fails Second Lunar Landing']);
    const [ann] = parts(el, 'author');
    expect(ann.getAttribute('href')).to.equal('https://ann.example/');
    expect(parts(el, 'author')[1]?.localName).to.equal('span');
    expect(part(el, 'link').getAttribute('href')).to.equal('/2025/07/sp-record/#comment-9');
    await expect(el).to.be.accessible();
  });

  it('shows the `number` newest, with dates and excerpts on request', async () => {
    const el = await loaded<PressRecentComments>(
      html`<press-recent-comments lang="en-US" number="3" show-date show-excerpt .comments=${many}></press-recent-comments>`,
    );
    expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal(['Reader 8', 'Reader 7', 'Reader 6']);
    expect(part(el, 'date').textContent).to.equal('June 8, 2025');
    expect(parts(el, 'excerpt').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('holds `number` to 1–100', async () => {
    const el = await loaded<PressRecentComments>(html`<press-recent-comments number="0" .comments=${many}></press-recent-comments>`);
    expect(parts(el, 'item')).to.have.length(1);
  });

  it('never interprets titles, names or excerpts as HTML', async () => {
    const hostile: RecentComment[] = [
      {
        id: 1,
        author: '<img src=x onerror="window.__pwned=1">',
        authorUrl: 'javascript:alert(1)',
        postTitle: '&lt;b&gt;bold&lt;/b&gt; <script>window.__pwned=2</script>',
        url: ' JaVaScRiPt:alert(1)',
        excerpt: '<iframe src="javascript:alert(1)">',
      },
    ];
    const el = await loaded<PressRecentComments>(html`<press-recent-comments show-excerpt .comments=${hostile}></press-recent-comments>`);
    expect(el.shadowRoot!.querySelectorAll('img, script, iframe, b')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(shadowText(el)).to.contain('<b>bold</b> <script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows "No comments to show." when there are none', async () => {
    const el = await loaded<PressRecentComments>(html`<press-recent-comments .comments=${[]}></press-recent-comments>`);
    expect(part(el, 'empty').textContent).to.equal('No comments to show.');
    await expect(el).to.be.accessible();
  });

  it('takes over the Latest Comments block markup', async () => {
    const el = await loaded<PressRecentComments>(html`<press-recent-comments show-date>
      <ol class="has-dates wp-block-latest-comments">
        <li class="wp-block-latest-comments__comment"><article><footer class="wp-block-latest-comments__comment-meta"><a class="wp-block-latest-comments__comment-author" href="https://ann.example/">Ann</a> on <a class="wp-block-latest-comments__comment-link" href="https://news.example/p/#comment-9">A post</a><time datetime="2025-06-06T10:00:00+00:00" class="wp-block-latest-comments__comment-date">June 6, 2025</time></footer></article></li>
      </ol>
    </press-recent-comments>`);
    expect(metaTexts(el)[0]).to.match(/^Ann on A post June 6, 2025$/);
  });

  it('takes over the classic Recent Comments widget markup and its empty block', async () => {
    const classic = await loaded<PressRecentComments>(html`<press-recent-comments>
      <ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link"><a href="https://bo.example/" class="url" rel="ugc external nofollow">Bo</a></span> on <a href="https://news.example/p/#comment-3">Hello world!</a></li></ul>
    </press-recent-comments>`);
    expect(metaTexts(classic)).to.deep.equal(['Bo on Hello world!']);
    const empty = await loaded<PressRecentComments>(html`<press-recent-comments>
      <div class="no-comments wp-block-latest-comments">No comments to show.</div>
    </press-recent-comments>`);
    expect(part(empty, 'empty').textContent).to.equal('No comments to show.');
  });
});
