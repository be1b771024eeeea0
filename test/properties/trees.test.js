// The builders that turn normalized lists into what the widgets show: the category tree
// (wp_list_categories: ordered, nested, padded, filtered) and the archive lines (wp_get_archives:
// newest first, one a month or a year, counts added up). Over categories of any shape (repeated ids,
// orphans, loops, chains deeper than any widget nests) and months in any order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { archiveEntries, yearUrl } from '../../lib/data/archive-entries.js';
import { DEEPEST, categoryTree } from '../../lib/data/category-tree.js';
import { normalizeList } from '../../lib/data/normalize.js';
import { BASE, unsafeLink } from './arbitraries.js';

const quietly = (read) => {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return read();
  } finally {
    console.warn = warn;
  }
};

/** Few ids, so that repeats, orphans and loops are common; chains up to 30 deep. */
const rawCategories = fc.oneof(
  fc.array(fc.record({ id: fc.integer({ min: 1, max: 10 }), parent: fc.integer({ min: 0, max: 11 }), count: fc.option(fc.nat(5), { nil: undefined }) }), {
    maxLength: 14,
  }),
  fc.integer({ min: 1, max: 30 }).map((depth) => Array.from({ length: depth }, (_, i) => ({ id: i + 1, parent: i, count: i % 3 }))),
);
const options = fc.record({ hierarchical: fc.boolean(), topLevelOnly: fc.boolean(), showEmpty: fc.boolean(), showCounts: fc.boolean() });
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Every node of `tree` with its depth, in document order. */
function walk(tree) {
  const rows = [];
  const pending = tree.map((node) => ({ node, depth: 0, parent: undefined })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    rows.push(next);
    for (let i = next.node.children.length - 1; i >= 0; i--) pending.push({ node: next.node.children[i], depth: next.depth + 1, parent: next.node });
  }
  return rows;
}

test('categoryTree shows every category the options keep, once, each under its parent, never deeper than it nests', () => {
  fc.assert(
    fc.property(rawCategories, options, (raw, opts) => {
      const categories = quietly(() =>
        normalizeList(
          'categories',
          raw.map((c) => ({ ...c, name: `Category ${String(c.id)}`, url: `/c/${String(c.id)}/` })),
          'a test',
        ),
      );
      const tree = categoryTree(categories, { ...opts, compare });
      const rows = walk(tree);
      const ids = rows.map(({ node }) => node.category.id);
      assert.equal(new Set(ids).size, ids.length, 'a category shown twice');
      const byId = new Map(categories.map((c) => [c.id, c]));
      const nested = opts.hierarchical || opts.topLevelOnly;
      const depthOf = (c) => {
        let depth = 0;
        for (let at = c; nested && at.parent; at = byId.get(at.parent)) depth++;
        return depth;
      };
      // What the options keep: with showEmpty all (top level only: the top level); else those whose branch has posts.
      const hasPosts = (c) => (c.count ?? 1) > 0 || categories.some((child) => nested && child.parent === c.id && hasPosts(child));
      const kept = categories.filter((c) => (!opts.topLevelOnly || depthOf(c) === 0) && (opts.showEmpty || hasPosts(c)));
      assert.deepEqual(new Set(ids), new Set(kept.map((c) => c.id)), 'not the categories the options keep');
      for (const { node, depth, parent } of rows) {
        assert.ok(depth <= DEEPEST + 1, `nested ${String(depth)} deep`);
        if (!nested) assert.equal(depth, 0, 'nested though flat');
        else if (depth <= DEEPEST) assert.equal(node.category.parent || undefined, parent?.category.id, 'not under its parent');
      }
      // Siblings in the order of their names.
      for (const list of [tree, ...rows.map(({ node }) => node.children)]) {
        const names = list.map((node) => node.category.name);
        assert.deepEqual(names, [...names].sort(compare), 'siblings out of order');
      }
    }),
    { numRuns: 2000 },
  );
});

test('categoryTree pads a parent’s count with its branch’s, and shows its own count when not padding', () => {
  fc.assert(
    fc.property(rawCategories, fc.boolean(), (raw, hierarchical) => {
      const categories = quietly(() =>
        normalizeList(
          'categories',
          raw.map((c) => ({ ...c, name: `C${String(c.id)}`, url: '/' })),
          'a test',
        ),
      );
      const tree = categoryTree(categories, { hierarchical, topLevelOnly: false, showEmpty: true, showCounts: true, compare });
      const byId = new Map(categories.map((c) => [c.id, c]));
      const branchSum = (id) => {
        const own = byId.get(id)?.count;
        if (own === undefined) return undefined;
        return categories.filter((c) => c.parent === id).reduce((sum, child) => sum + (branchSum(child.id) ?? 0), own);
      };
      for (const { node } of walk(tree)) {
        assert.equal(node.count, hierarchical ? branchSum(node.category.id) : node.category.count);
      }
    }),
    { numRuns: 1000 },
  );
});

const months = fc.array(
  fc.record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    url: fc.constantFrom('/2025/07/', '/2025/7', '?m=202507', '/?m=202507&x=1', 'https://blog.example.com/2025/07/#top', '/about/', ''),
    count: fc.option(fc.nat(1000), { nil: undefined }),
  }),
  { maxLength: 30 },
);

test('archiveEntries lists each month or year once, newest first, counts added up, at most `limit`', () => {
  fc.assert(
    fc.property(months, fc.boolean(), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (list, yearly, limit) => {
      const entries = archiveEntries(list, yearly, limit);
      const keyOf = (e) => (yearly ? e.year : e.year * 100 + e.month);
      const keys = entries.map(keyOf);
      assert.equal(new Set(keys).size, keys.length, 'an entry twice');
      assert.deepEqual(
        keys,
        [...keys].sort((a, b) => b - a),
        'not newest first',
      );
      const all = new Set(list.map(keyOf));
      assert.equal(entries.length, Math.min(all.size, limit ?? Infinity));
      for (const entry of entries) {
        assert.equal('month' in entry, !yearly);
        const of = list.filter((m) => keyOf(m) === keyOf(entry));
        const counts = of.map((m) => m.count);
        assert.equal(entry.count, counts.includes(undefined) ? undefined : counts.reduce((a, b) => a + b, 0));
      }
    }),
    { numRuns: 1000 },
  );
});

test('yearUrl gives a year’s archive link that still parses, or none', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.constantFrom('/2025/07/', '/2025/7', '?m=202507', 'https://b.example/2025/07/?a=1#x', '/index.php/2025/07/'), fc.webUrl(), fc.string()),
      (url) => {
        const year = yearUrl(url);
        if (year !== '' && unsafeLink(url) === undefined) assert.equal(unsafeLink(year), undefined, `from ${JSON.stringify(url)} against ${BASE}`);
      },
    ),
    { numRuns: 1000 },
  );
});
