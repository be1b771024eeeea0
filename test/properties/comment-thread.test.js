// threadOf(): a post's approved comments as WordPress's post page prints them (comments_template()
// then wp_list_comments()): which comments a page holds, in what order, at what level. Over trees,
// over comments of any shape (repeated ids, replies to missing comments, loops, self-parents), over
// chains thousands deep; and, where PHP and WordPress are installed, against WordPress's own walker.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEEPEST_LEVEL, pageWith, threadOf } from '../../lib/data/comment-thread.js';
import './arbitraries.js';

// A zone away from UTC, so that a date read in local time instead of UTC sorts wrong.
process.env.TZ = 'Asia/Kolkata';

/** A few instants, so that ties (broken by id) are common. */
const INSTANTS = [0, 1, 2, 3, 4].map((hour) => Date.UTC(2025, 6, 1, hour));
const pad = (n) => String(n).padStart(2, '0');

/** One instant written as WordPress or a feed may write it: with Z, without an offset (UTC), or at +02:00. */
function dateOf(at, style) {
  const utc = new Date(at).toISOString().slice(0, 19);
  if (style === 0) return `${utc}Z`;
  if (style === 1) return utc;
  if (style === 2) return utc.replace('T', ' ');
  const local = new Date(at + 2 * 3600_000);
  return `${String(local.getUTCFullYear())}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:00:00+02:00`;
}

/** `at` is the instant the date names, for the test's own ordering; threadOf reads only `date`. */
const comment = (id, parent, at, style = 0) => ({ id, parent, date: dateOf(at, style), at, text: `Comment ${String(id)}` });
const when = fc.record({ at: fc.constantFrom(...INSTANTS), style: fc.nat(3) });

/** A tree: each comment answers nothing or one made before it (by index), ids shuffled. */
const tree = fc
  .array(fc.record({ answers: fc.option(fc.nat(), { nil: undefined, freq: 3 }), when }), { maxLength: 40, size: 'medium' })
  .chain((rows) =>
    fc
      .shuffledSubarray(
        [...rows.keys()].map((i) => i + 1),
        { minLength: rows.length, maxLength: rows.length },
      )
      .map((ids) => ({ rows, ids })),
  )
  .map(({ rows, ids }) =>
    rows.map(({ answers, when: { at, style } }, i) => comment(ids[i], i === 0 || answers === undefined ? 0 : ids[answers % i], at, style)),
  );

/** Few ids, so repeats, replies to missing comments, self-parents and loops are common; some dates unreadable. */
const hostile = fc
  .array(
    fc.record({
      id: fc.integer({ min: 0, max: 12 }),
      parent: fc.integer({ min: 0, max: 13 }),
      when,
      unreadable: fc.option(fc.constantFrom('yesterday', '', '2025-13-45T99:99:99', null, 7, undefined), { freq: 6, nil: false }),
    }),
    { maxLength: 24, size: 'medium' },
  )
  .map((rows) =>
    rows.map(({ id, parent, when: { at, style }, unreadable }) =>
      unreadable === false ? comment(id, parent, at, style) : { id, parent, date: unreadable, at: -Infinity, text: '' },
    ),
  );

/** The settings, each left out now and then (WordPress's default then), some out of range. */
const maybe = (arbitrary) => fc.option(arbitrary, { nil: undefined, freq: 5 });
const settings = fc.record({
  threaded: maybe(fc.boolean()),
  depth: maybe(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, -3, 11, 40, 2.5, Number.NaN, Infinity))),
  order: maybe(fc.constantFrom('asc', 'desc')),
  paged: maybe(fc.boolean()),
  perPage: maybe(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) }, fc.constantFrom(0, -1, 2.5, Number.NaN))),
  defaultPage: maybe(fc.constantFrom('newest', 'oldest')),
  page: maybe(fc.oneof(fc.integer({ min: -1, max: 9 }), fc.constantFrom(1.5, Number.NaN))),
});

// The rules restated: the test's own reading of WordPress, not the module's code.
const DEFAULTS = { threaded: true, depth: 5, order: 'asc', paged: false, perPage: 50, defaultPage: 'newest' };
const wholeOr = (value, fallback) => (Number.isFinite(value) ? Math.trunc(value) : fallback);
function effective(s) {
  const all = { ...DEFAULTS, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) };
  const depth = Math.min(Math.max(wholeOr(all.depth, 5), 1), DEEPEST_LEVEL);
  const perPage = all.paged ? wholeOr(all.perPage, 50) : 0;
  return { ...all, depth, perPage: perPage < 1 ? 0 : perPage };
}
/** Of repeated ids, the first. */
const distinct = (comments) => [...new Map(comments.toReversed().map((c) => [c.id, c])).values()].toReversed();
/** WP_Comment_Query's ORDER BY comment_date_gmt ASC, comment_ID ASC. */
const older = (a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1);
/** Threaded, the comments whose parents lead to a top-level one: those the post page fetches. */
function reachable(comments) {
  const byId = new Map(comments.map((c) => [c.id, c]));
  return new Set(
    comments
      .filter((c) => {
        for (let at = c, steps = 0; at && steps <= comments.length; at = byId.get(at.parent), steps++) if (!at.parent) return true;
        return false;
      })
      .map((c) => c.id),
  );
}
/** get_comment_pages_count() (wp-includes/comment.php), restated. */
function pagesCount(comments, s) {
  if (comments.length === 0) return 0;
  if (!s.perPage) return 1;
  const counted = s.threaded ? comments.filter((c) => c.parent === 0).length : comments.length;
  return Math.ceil(counted / s.perPage);
}
const allPages = (comments, s) => {
  const first = threadOf(comments, { ...s, page: 1 });
  return [first, ...Array.from({ length: Math.max(first.pages - 1, 0) }, (_, i) => threadOf(comments, { ...s, page: i + 2 }))];
};

test('threadOf shows each comment of a tree once across its pages, and each reply to a missing comment or in a loop nowhere when threaded', () => {
  fc.assert(
    fc.property(fc.oneof(tree, hostile), settings, (comments, s) => {
      const e = effective(s);
      const unique = distinct(comments);
      const expected = e.threaded ? reachable(unique) : new Set(unique.map((c) => c.id));
      const shown = allPages(comments, s).flatMap((thread) => thread.items.map((item) => item.comment));
      const ids = shown.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, 'a comment shown twice');
      assert.deepEqual(new Set(ids), expected, 'not the comments WordPress shows');
      for (const c of shown)
        assert.equal(
          c,
          unique.find((u) => u.id === c.id),
          'not the first of its id',
        );
    }),
    { numRuns: 1000 },
  );
});

test('threadOf counts pages as get_comment_pages_count() does, and opens on default_comments_page', () => {
  fc.assert(
    fc.property(fc.oneof(tree, hostile), settings, (comments, s) => {
      const e = effective(s);
      const unique = distinct(comments);
      const pages = pagesCount(unique, e);
      const thread = threadOf(comments, s);
      assert.equal(thread.pages, pages);
      const asked = Number.isFinite(s.page) ? Math.trunc(s.page) : e.defaultPage === 'oldest' ? 1 : pages;
      assert.equal(thread.page, Math.min(Math.max(asked, 1), Math.max(pages, 1)));
      const noPage = threadOf(comments, { ...s, page: undefined });
      assert.equal(noPage.page, e.defaultPage === 'oldest' || pages === 0 ? 1 : pages);
    }),
    { numRuns: 1000 },
  );
});

test('threadOf nests from level 1, one level at a time, never deeper than the depth; each reply after what it answers, inside its branch', () => {
  fc.assert(
    fc.property(fc.oneof(tree, hostile), settings, (comments, s) => {
      const e = effective(s);
      const byId = new Map(distinct(comments).map((c) => [c.id, c]));
      const isBelow = (c, ancestor) => {
        for (let at = byId.get(c.parent), steps = 0; at && steps <= byId.size; at = byId.get(at.parent), steps++) if (at.id === ancestor.id) return true;
        return false;
      };
      for (const { items } of allPages(comments, s)) {
        items.forEach(({ comment: c, level, hasChildren, canReply }, i) => {
          assert.ok(Number.isInteger(level) && level >= 1 && level <= e.depth, `level ${String(level)}`);
          assert.ok(level <= (i === 0 ? 1 : items[i - 1].level + 1), 'a level skipped');
          assert.equal(canReply, e.threaded && level < e.depth, 'Reply link');
          if (!e.threaded) {
            assert.equal(level, 1, 'nested though not threaded');
            assert.equal(hasChildren, false);
            return;
          }
          assert.equal(
            hasChildren,
            [...byId.values()].some((r) => r.parent !== 0 && r.parent === c.id),
            'parent class',
          );
          if (c.parent === 0) return assert.equal(level, 1, 'a top-level comment nested');
          const at = items.findIndex((item) => item.comment.id === c.parent);
          assert.ok(at >= 0 && at < i, 'a reply before what it answers, or on another page');
          assert.equal(level, Math.min(items[at].level + 1, e.depth), 'not one level below what it answers');
          for (const between of items.slice(at + 1, i)) assert.ok(isBelow(between.comment, items[at].comment), 'a reply outside its branch');
        });
      }
    }),
    { numRuns: 1000 },
  );
});

test('threadOf orders replies oldest first, and top-level comments by comment_order within pages cut oldest first', () => {
  fc.assert(
    fc.property(fc.oneof(tree, hostile), settings, (comments, s) => {
      const e = effective(s);
      const unique = distinct(comments);
      const counted = (e.threaded ? unique.filter((c) => c.parent === 0) : unique).toSorted(older);
      for (const { page, items } of allPages(comments, s)) {
        const tops = items.filter((item) => !e.threaded || item.comment.parent === 0).map((item) => item.comment.id);
        const slice = e.perPage ? counted.slice((page - 1) * e.perPage, page * e.perPage) : counted;
        const ids = slice.map((c) => c.id);
        assert.deepEqual(tops, e.order === 'desc' ? ids.toReversed() : ids, `page ${String(page)}`);
        for (const { comment: c } of items) {
          const replies = items.filter((item) => e.threaded && item.comment.parent !== 0 && item.comment.parent === c.id).map((item) => item.comment);
          assert.deepEqual(replies, replies.toSorted(older), 'replies out of order');
        }
      }
    }),
    { numRuns: 1000 },
  );
});

/** The settings a page may set for pages: threading on or off, a depth of 2 to 10, either order, paged or not, 1 to 5 a page. */
const pageSettings = fc.record({
  threaded: fc.boolean(),
  depth: fc.integer({ min: 2, max: 10 }),
  order: fc.constantFrom('asc', 'desc'),
  paged: fc.boolean(),
  perPage: fc.integer({ min: 1, max: 5 }),
  defaultPage: fc.constantFrom('newest', 'oldest'),
});

/** The page that shows comment `id`, found the slow way: threadOf's pages, one by one. */
function scannedPage(comments, s, id) {
  const { pages } = threadOf(comments, s);
  for (let page = 1; page <= pages; page++) if (threadOf(comments, { ...s, page }).items.some((item) => item.comment.id === id)) return page;
  return undefined;
}

test('pageWith gives each comment the page whose threadOf shows it; undefined for one in a loop, a reply to a missing comment, an unknown id', () => {
  fc.assert(
    fc.property(
      fc.oneof(tree, hostile),
      fc.oneof(
        pageSettings,
        settings.filter((s) => effective(s).depth > 1),
      ),
      (comments, s) => {
        const e = effective(s);
        const shown = e.threaded ? reachable(distinct(comments)) : new Set(comments.map((c) => c.id));
        for (const id of new Set([...comments.map((c) => c.id), 99])) {
          const page = pageWith(comments, s, id);
          assert.equal(page, scannedPage(comments, s, id), `comment ${String(id)}`);
          if (!shown.has(id)) assert.equal(page, undefined, `comment ${String(id)} is shown on no page`);
        }
      },
    ),
    { numRuns: 2000 },
  );
  // By hand: a loop (1 ↔ 2), a self-reply (3), a reply to a missing comment (4), and 5 and its reply 6.
  const h = (hour) => Date.UTC(2025, 6, 1, hour);
  const odd = [comment(1, 2, h(0)), comment(2, 1, h(1)), comment(3, 3, h(2)), comment(4, 99, h(3)), comment(5, 0, h(4)), comment(6, 5, h(5))];
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((id) => pageWith(odd, { paged: true, perPage: 1 }, id)),
    [undefined, undefined, undefined, undefined, 1, 1],
  );
  // Not threaded, every comment is one on the pages, oldest first whatever the order.
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((id) => pageWith(odd, { threaded: false, paged: true, perPage: 4, order: 'desc' }, id)),
    [1, 1, 1, 1, 2, 2],
  );
});

// With a depth of 1 (depth="1", or a depth out of range that clamps to 1), threaded, every reply is
// drawn at level 1 too; the pages still count only the top-level comments.
test('pageWith agrees with threadOf’s pages at depth 1 too', () => {
  fc.assert(
    fc.property(fc.oneof(tree, hostile), pageSettings, (comments, s) => {
      const one = { ...s, threaded: true, depth: 1 };
      for (const id of new Set(comments.map((c) => c.id))) assert.equal(pageWith(comments, one, id), scannedPage(comments, one, id), `comment ${String(id)}`);
    }),
    { numRuns: 1000 },
  );
});

test('threadOf, hand-checked against WordPress', () => {
  const a = comment;
  const ids = (thread) => thread.items.map((item) => [item.comment.id, item.level]);
  const h = (hour) => INSTANTS[hour] ?? Date.UTC(2025, 6, 1, hour);

  // Walker_Comment::display_element: at the deepest level, replies follow what they answer at that
  // level. Walker::paged_walk gives the reply to a missing comment (6) the level 1 after the
  // threads; the post page never fetches it (WP_Comment_Query::fill_descendants).
  const chain = [a(1, 0, h(0)), a(2, 1, h(1)), a(3, 2, h(2)), a(4, 3, h(3)), a(5, 0, h(4)), a(6, 99, h(4)), a(7, 1, h(4))];
  assert.deepEqual(ids(threadOf(chain, { depth: 2 })), [
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 2],
    [7, 2],
    [5, 1],
  ]);
  assert.deepEqual(
    threadOf(chain, { depth: 2 }).items.map((item) => item.hasChildren),
    [true, true, true, false, false, false],
  );

  // comments_template(): pages cut the oldest-first top-level comments; 'newest' opens on the last
  // one; 'desc' (reverse_top_level) reverses each page: 7 comments, 5 a page → [7, 6] then [5…1].
  const seven = Array.from({ length: 7 }, (_, i) => a(i + 1, 0, h(i)));
  const desc = { paged: true, perPage: 5, order: 'desc' };
  assert.deepEqual(threadOf(seven, desc), { page: 2, pages: 2, items: threadOf(seven, { ...desc, page: 2 }).items });
  assert.deepEqual(
    ids(threadOf(seven, desc)).map(([id]) => id),
    [7, 6],
  );
  assert.deepEqual(
    ids(threadOf(seven, { ...desc, page: 1 })).map(([id]) => id),
    [5, 4, 3, 2, 1],
  );
  assert.deepEqual(
    ids(threadOf(seven, { ...desc, defaultPage: 'oldest' })).map(([id]) => id),
    [5, 4, 3, 2, 1],
  );
  assert.equal(threadOf(seven, { ...desc, page: 40 }).page, 2, 'past the last page');

  // Not threaded (max_depth -1): every comment counts for the pages, replies too, all at level 1.
  const flat = threadOf([a(1, 0, h(0)), a(2, 1, h(1)), a(3, 1, h(2))], { threaded: false, paged: true, perPage: 2, defaultPage: 'oldest' });
  assert.deepEqual(
    [flat.pages, ids(flat)],
    [
      2,
      [
        [1, 1],
        [2, 1],
      ],
    ],
  );
  assert.equal(threadOf([], { paged: true }).pages, 0, 'get_comment_pages_count() without comments');

  // Dates: a date without an offset is UTC (date_gmt); ties go to the lower id (comment_ID ASC).
  const dated = [
    { id: 3, parent: 0, date: '2025-07-01T10:00:00' },
    { id: 2, parent: 0, date: '2025-07-01T11:30:00+02:00' },
    { id: 1, parent: 0, date: '2025-07-01 10:00:00' },
  ];
  assert.deepEqual(
    threadOf(dated).items.map((item) => item.comment.id),
    [2, 1, 3],
  );
});

test('threadOf takes hostile shapes in linear time, without recursion: 10,000 deep, 1,000 wide, loops', () => {
  const n = 10_000;
  const deep = fc.sample(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), 1)[0].map((i) => comment(i + 1, i, INSTANTS[i % 5]));
  const wide = Array.from({ length: 1000 }, (_, i) => comment(i + 1, i < 100 ? 0 : 1 + ((Math.imul(i, 2654435761) >>> 0) % i), INSTANTS[i % 5]));
  const loop = Array.from({ length: n }, (_, i) => comment(i + 1, ((i + 1) % n) + 1, INSTANTS[0]));
  const self = Array.from({ length: n }, (_, i) => comment(i + 1, i + 1, INSTANTS[0]));
  for (const [name, comments, shown] of [
    ['chain', deep, n],
    ['wide', wide, 1000],
    ['loop', loop, 0],
    ['self', self, 0],
  ]) {
    const start = performance.now();
    const thread = threadOf(comments, { depth: 10_000 });
    const took = performance.now() - start;
    assert.equal(thread.items.length, shown, name);
    assert.ok(
      thread.items.every((item) => item.level <= DEEPEST_LEVEL),
      'deeper than any thread nests',
    );
    assert.ok(took < 2000, `${name}: ${String(took)} ms`);
  }
  assert.equal(threadOf(loop, { threaded: false }).items.length, n, 'not threaded, a loop is just comments');
});

// The real thing: WordPress's Walker_Comment::paged_walk(), as wp_list_comments() calls it, given
// the comments as WP_Comment_Query returns them, each drawn by a callback that records its id,
// depth and has_children. Skipped where PHP or WordPress is not installed.
const WORDPRESS = '/usr/share/wordpress/wp-includes';
const walkerAvailable = (() => {
  try {
    return existsSync(`${WORDPRESS}/class-walker-comment.php`) && execFileSync('php', ['-v']).length > 0;
  } catch {
    return false;
  }
})();
const WALK = `
define('ABSPATH', '/usr/share/wordpress/');
require '${WORDPRESS}/class-wp-walker.php';
require '${WORDPRESS}/class-walker-comment.php';
$out = [];
foreach (json_decode(stream_get_contents(STDIN), true) as $case) {
  $rows = [];
  $comments = array_map(fn($c) => (object) ['comment_ID' => $c[0], 'comment_parent' => $c[1], 'comment_type' => 'comment'], $case['comments']);
  $args = ['style' => 'ol', 'reverse_top_level' => $case['reverse'], 'reverse_children' => '', 'end-callback' => fn() => null,
    'callback' => function ($comment, $args, $depth) use (&$rows) { $rows[] = [$comment->comment_ID, $depth, $args['has_children']]; }];
  (new Walker_Comment)->paged_walk($comments, $case['max_depth'], $case['page'], $case['per_page'], $args);
  $out[] = $rows;
}
echo json_encode($out);`;

test(
  'threadOf prints what WordPress’s Walker_Comment prints, but for the comments the post page does not fetch',
  { skip: !walkerAvailable && !process.env.PRESS_REQUIRE_WORDPRESS && 'no PHP or WordPress here' },
  () => {
    const cases = fc.sample(fc.tuple(fc.oneof(tree, hostile), settings), 400).map(([comments, s]) => {
      const e = effective(s);
      const unique = distinct(comments).toSorted(older);
      const thread = threadOf(comments, s);
      return {
        e,
        unique,
        thread,
        php: {
          comments: unique.map((c) => [c.id, c.parent]),
          reverse: e.order === 'desc',
          max_depth: e.threaded ? e.depth : -1,
          page: e.perPage ? thread.page : 0,
          per_page: e.perPage,
        },
      };
    });
    const walked = JSON.parse(execFileSync('php', ['-r', WALK], { input: JSON.stringify(cases.map((c) => c.php)) }).toString());
    cases.forEach(({ e, unique, thread }, i) => {
      const fetched = e.threaded ? reachable(unique) : new Set(unique.map((c) => c.id));
      const ours = thread.items.map((item) => [item.comment.id, item.level, item.hasChildren]);
      assert.deepEqual(ours, walked[i].slice(0, ours.length), JSON.stringify(cases[i].php));
      // What the walker alone adds (replies to missing comments, loops): flat, after the threads.
      for (const [id, level] of walked[i].slice(ours.length)) assert.ok(!fetched.has(id) && level === 1, `the walker’s ${String(id)}`);
    });
  },
);
