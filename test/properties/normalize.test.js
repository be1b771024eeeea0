// normalizeList() and normalizeFeed(): the one gate for untrusted data. Whatever comes in, what
// comes out is valid: links that are links, whole numbers in range, names that are not empty.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import fc from 'fast-check';
import { normalizeFeed, normalizeList } from '../../lib/data/normalize.js';
import { anyNumberValue, anyTextValue, anyUrlValue, anyValue, unsafeLink } from './arbitraries.js';

// normalize warns on the console about what it dropped; the tests count the warnings instead.
let warnings = 0;
const warn = console.warn;
beforeEach(() => {
  console.warn = () => void warnings++;
});
afterEach(() => {
  console.warn = warn;
});

const entry = (fields) => fc.oneof({ weight: 5, arbitrary: fc.record(fields, { requiredKeys: [] }) }, { weight: 1, arbitrary: anyValue });
const list = (item) => fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 12 }) }, { weight: 1, arbitrary: anyValue });

const menuItem = fc.letrec((tie) => ({
  item: entry({
    label: anyTextValue,
    url: anyUrlValue,
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, anyValue, fc.array(tie('item'), { maxLength: 3 })),
  }),
})).item;
const archiveMonth = entry({
  year: fc.oneof(fc.integer({ min: -1, max: 10_001 }), anyNumberValue),
  month: fc.oneof(fc.integer({ min: -1, max: 13 }), anyNumberValue),
  url: anyUrlValue,
  count: anyNumberValue,
});
const category = entry({ id: anyNumberValue, name: anyTextValue, url: anyUrlValue, count: anyNumberValue, parent: anyNumberValue, totalCount: anyNumberValue });
const recentComment = entry({
  id: anyNumberValue,
  author: anyTextValue,
  authorUrl: anyUrlValue,
  avatar: anyUrlValue,
  postTitle: anyTextValue,
  url: anyUrlValue,
  date: fc.oneof(
    fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
    anyTextValue,
  ),
  excerpt: anyTextValue,
});
/** A menu nested deeper than the nine levels the widgets draw. */
const deepMenu = fc.integer({ min: 1, max: 14 }).map((depth) => {
  let item = { label: `Level ${String(depth)}`, url: '/' };
  for (let level = depth - 1; level > 0; level--) item = { label: `Level ${String(level)}`, url: '/', children: [item] };
  return [item];
});
const lists = { menu: fc.oneof(list(menuItem), deepMenu), archives: list(archiveMonth), categories: list(category), comments: list(recentComment) };
const feed = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        ...lists,
        commentForm: entry({ action: anyUrlValue, postId: anyNumberValue }),
        commentCounts: fc.oneof(fc.dictionary(fc.oneof(fc.stringMatching(/^\d{1,4}$/), fc.string()), anyNumberValue), anyValue),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** Asserts that `n` is a whole number, `min` ≤ n ≤ `max` (-0 aside: see the test of its own below). */
function wholeIn(n, min, max = Number.MAX_SAFE_INTEGER) {
  assert.ok(Number.isSafeInteger(n) && n >= min && n <= max, `not a whole number in ${String(min)}–${String(max)}: ${String(n)}`);
}
const optionalWhole = (n, min) => n === undefined || wholeIn(n, min);
const name = (s) => assert.ok(typeof s === 'string' && s !== '' && s === s.trim(), `not a trimmed, non-empty name: ${JSON.stringify(s)}`);
/** A link field: '' (shown as text) or a link that may be rendered. */
const linkOrEmpty = (url) => url === '' || assert.equal(unsafeLink(url), undefined);
const optionalLink = (url) => url === undefined || assert.equal(unsafeLink(url), undefined);
const onlyKeys = (object, keys) =>
  assert.deepEqual(
    Object.keys(object).filter((k) => !keys.includes(k)),
    [],
    'fields outside the model',
  );

const check = {
  menu(items, depth = 0) {
    assert.ok(items.length === 0 || depth <= 8, 'nested deeper than 9 levels');
    for (const item of items) {
      onlyKeys(item, ['label', 'url', 'children']);
      name(item.label);
      linkOrEmpty(item.url);
      assert.ok(Array.isArray(item.children));
      check.menu(item.children, depth + 1);
    }
  },
  archives(items) {
    for (const item of items) {
      onlyKeys(item, ['year', 'month', 'url', 'count']);
      wholeIn(item.year, 1, 9999);
      wholeIn(item.month, 1, 12);
      linkOrEmpty(item.url);
      optionalWhole(item.count, 0);
    }
  },
  categories(items) {
    const parents = new Map(items.map((item) => [item.id, item.parent ?? 0]));
    assert.equal(parents.size, items.length, 'an id twice');
    for (const item of items) {
      // Every parent is in the list, and climbing from any category ends at the top.
      let at = item.id;
      for (let steps = 0; at !== 0; steps++) {
        assert.ok(parents.has(at), `parent ${String(at)} is not in the list`);
        assert.ok(steps <= items.length, `a loop of parents through ${String(item.id)}`);
        at = parents.get(at);
      }
      onlyKeys(item, ['id', 'name', 'url', 'count', 'parent', 'totalCount']);
      wholeIn(item.id, 1);
      name(item.name);
      linkOrEmpty(item.url);
      for (const n of [item.count, item.parent, item.totalCount]) optionalWhole(n, 0);
    }
  },
  comments(items) {
    for (const item of items) {
      onlyKeys(item, ['id', 'author', 'authorUrl', 'avatar', 'postTitle', 'url', 'date', 'excerpt']);
      wholeIn(item.id, 1);
      assert.equal(typeof item.author, 'string');
      assert.equal(typeof item.postTitle, 'string');
      linkOrEmpty(item.url);
      optionalLink(item.authorUrl);
      optionalLink(item.avatar);
      assert.ok(item.date === undefined || !Number.isNaN(Date.parse(item.date)), `a date that is none: ${String(item.date)}`);
      if (item.excerpt !== undefined) {
        assert.ok(typeof item.excerpt === 'string' && item.excerpt !== '');
        assert.ok(item.excerpt.replace(/\u2026$/, '').split(/\s+/).length <= 20, 'an excerpt of more than 20 words');
      }
    }
  },
};

/**
 * Text is decoded once (WordPress's `&amp;lt;` is the text "&lt;"), so normalizing twice would
 * decode twice. What holds: the output, its text written back as character data ("&" as "&amp;"),
 * normalizes to itself, with no warning. So the output is valid by the normalizer's own rules.
 */
const TEXT_FIELDS = ['label', 'name', 'author', 'postTitle', 'excerpt'];
function escapedText(value) {
  if (Array.isArray(value)) return value.map(escapedText);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, TEXT_FIELDS.includes(k) ? v.replaceAll('&', '&amp;') : escapedText(v)]));
}

for (const key of Object.keys(lists)) {
  test(`normalizeList('${key}') never throws and returns only valid ${key}, with one warning at most`, () => {
    fc.assert(
      fc.property(fc.oneof(lists[key], anyValue), (raw) => {
        warnings = 0;
        const items = normalizeList(key, raw, 'a test');
        assert.ok(Array.isArray(items));
        check[key](items);
        assert.ok(warnings <= 1, `${String(warnings)} warnings`);
      }),
      { numRuns: 500 },
    );
  });

  test(`normalizeList('${key}') takes back its own output, text escaped, as it is and without a warning`, () => {
    fc.assert(
      fc.property(lists[key], (raw) => {
        const items = normalizeList(key, raw, 'a test');
        warnings = 0;
        assert.deepEqual(normalizeList(key, escapedText(items), 'a test'), items);
        assert.equal(warnings, 0);
      }),
      { numRuns: 500 },
    );
  });
}

/** Categories of any shape: few ids, so that repeated ids, orphans, deep chains and loops are common. */
const categoryShapes = fc.array(
  fc
    .record({ id: fc.integer({ min: 1, max: 8 }), parent: fc.integer({ min: 0, max: 9 }) })
    .map(({ id, parent }) => ({ id, name: `Category ${String(id)}`, url: '/', parent })),
  { maxLength: 12 },
);

test("normalizeList('categories') keeps every category once in a tree, and reports any it had to mend", () => {
  fc.assert(
    fc.property(categoryShapes, (raw) => {
      warnings = 0;
      const categories = normalizeList('categories', raw, 'a test');
      check.categories(categories);
      assert.deepEqual(new Set(categories.map((c) => c.id)), new Set(raw.map((c) => c.id)), 'a category lost');
      const given = (list) => list.map((c) => `${String(c.id)}<${String(c.parent)}`).sort();
      if (warnings === 0) assert.deepEqual(given(categories), given(raw), 'mended without a warning');
    }),
    { numRuns: 2000 },
  );
});

test('normalizeFeed gives no -0, which Intl shows as "-0"', () => {
  const negativeZeros = (value) =>
    Array.isArray(value)
      ? value.flatMap(negativeZeros)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(negativeZeros)
        : Object.is(value, -0)
          ? [value]
          : [];
  fc.assert(
    fc.property(feed, (raw) => assert.deepEqual(negativeZeros(normalizeFeed(raw, 'a test')), [])),
    { numRuns: 500 },
  );
});

test('normalizeFeed never throws and returns only valid lists, form and counts, with one warning at most', () => {
  fc.assert(
    fc.property(feed, (raw) => {
      warnings = 0;
      const result = normalizeFeed(raw, 'a test');
      onlyKeys(result, ['menu', 'archives', 'categories', 'comments', 'commentForm', 'commentCounts']);
      for (const key of Object.keys(lists)) if (result[key] !== undefined) check[key](result[key]);
      if (result.commentForm) {
        onlyKeys(result.commentForm, ['action', 'postId', 'rest']);
        optionalLink(result.commentForm.action);
        optionalWhole(result.commentForm.postId, 1);
      }
      for (const [post, count] of Object.entries(result.commentCounts ?? {})) {
        assert.match(post, /^[1-9]\d*$/);
        wholeIn(count, 0);
      }
      assert.ok(warnings <= 1, `${String(warnings)} warnings`);
    }),
    { numRuns: 500 },
  );
});

test('normalizeFeed takes back its own output, text escaped, as it is and without a warning', () => {
  fc.assert(
    fc.property(feed, (raw) => {
      const result = normalizeFeed(raw, 'a test');
      warnings = 0;
      assert.deepEqual(normalizeFeed(escapedText(result), 'a test'), result);
      assert.equal(warnings, 0);
    }),
    { numRuns: 500 },
  );
});
