// The threads the bench's press-comments rows read, as a feed (docs/feed.md, `threads`): post 1,
// 1,000 comments as a busy post has them (about a third on the post, the rest replies, some deeper
// than the site's five levels), and post 2, a chain of 50 replies, each answering the one before.
// Each comment has a link, emphasis and two paragraphs, and the same avatar (one request).

/** The same numbers every run: a small linear congruential generator. */
function numbers(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const comment = (id, parent, minutes) => ({
  id,
  parent,
  author: `Reader ${id}`,
  authorUrl: `https://example.com/~r${id}`,
  avatar: '/avatar.svg',
  date: new Date(Date.UTC(2025, 5, 6, 9) + minutes * 60000).toISOString().replace('.000Z', '+00:00'),
  content: `<p>Comment ${id}: the lander reached the surface, and <a href="https://example.com/news/${id}">the report</a> says <em>why</em> it did not stop.</p>\n<p>A second paragraph, so that the text wraps on a phone as real comments do.</p>\n`,
});

export const THREAD_SIZE = 1000;
export const CHAIN_LENGTH = 50;

export function threadsFeed() {
  const random = numbers(42);
  const busy = [];
  for (let id = 1; id <= THREAD_SIZE; id++) {
    // A reply answers one of the 20 comments before it, or the post itself.
    const parent = id === 1 || random() < 0.35 ? 0 : id - 1 - Math.floor(random() * Math.min(20, id - 1));
    busy.push(comment(id, parent, id));
  }
  const chain = Array.from({ length: CHAIN_LENGTH }, (_, i) => comment(10001 + i, i === 0 ? 0 : 10000 + i, i));
  const thread = (title, comments) => ({ title, open: true, avatars: true, comments });
  return JSON.stringify({ threads: { 1: thread('A busy post', busy), 2: thread('A long argument', chain) } });
}

export const AVATAR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" fill="#2f5d8a"/></svg>';
