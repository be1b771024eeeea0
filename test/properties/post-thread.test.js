// normalizeThread() and ownComment(): the gate a post's thread passes, from a feed, the theme's
// markup or the comment form's event. Whatever comes in: nothing throws, every comment has a whole,
// positive id (or, for one just sent whose id the site did not say, a negative one), its texts are
// strings, its links are http(s) and absolute, and no field comes out that the model does not name.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import fc from 'fast-check';
import { normalizeThread, ownComment } from '../../lib/data/post-thread.js';
import { loadWordPress } from '../../lib/data/wordpress/load.js';
import { anyNumberValue, anyTextValue, anyUrlValue, anyValue, BASE, unsafeLink } from './arbitraries.js';

// The reading is in the WordPress chunk: it gets what it shares with the main bundle (safeUrl) as the bundle gives it.
await loadWordPress();

// normalizeThread warns on the console about what it dropped; the tests count the warnings instead.
let warnings = 0;
const warn = console.warn;
beforeEach(() => {
  warnings = 0;
  console.warn = () => void warnings++;
});
afterEach(() => {
  console.warn = warn;
});

const COMMENT_FIELDS = new Set(['id', 'parent', 'author', 'date', 'content', 'authorUrl', 'avatar', 'url', 'status']);
const LINKS = ['authorUrl', 'avatar', 'url'];

/** Ids as a feed may write them, and names of Object's own members. */
const anyId = fc.oneof(anyNumberValue, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '1', '0x10'));

const entry = (fields) => fc.oneof({ weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) }, { weight: 1, arbitrary: anyValue });

const rawComment = entry({
  id: anyId,
  parent: anyId,
  author: anyTextValue,
  date: fc.oneof(fc.constantFrom('2025-07-01T09:30:00+02:00', '2025-07-01 09:30:00', '', 'not a date'), anyTextValue, anyNumberValue),
  content: anyTextValue,
  authorUrl: anyUrlValue,
  avatar: anyUrlValue,
  url: anyUrlValue,
  status: fc.constantFrom('pending', 'approved', 'spam', undefined),
  ['__proto__']: anyValue,
  constructor: anyValue,
});

const rawThread = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { title: anyTextValue, open: anyValue, avatars: anyValue, settings: anyValue, comments: fc.oneof(fc.array(rawComment, { maxLength: 12 }), anyValue) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** Why `link`, a link of the output, is not one the page may show: it must be http(s) and absolute already. */
function badLink(link) {
  const unsafe = unsafeLink(link);
  if (unsafe) return unsafe;
  return new URL(link).href === link ? undefined : `not absolute: ${JSON.stringify(link)}`;
}

/** What is wrong with `comment`, an output comment; `ownId`: its id may be negative (one just sent). */
function problemsOf(comment, ownId = false) {
  const problems = [];
  if (!Number.isSafeInteger(comment.id) || comment.id === 0 || (!ownId && comment.id < 0)) problems.push(`id ${String(comment.id)}`);
  if (!Number.isSafeInteger(comment.parent) || comment.parent < 0) problems.push(`parent ${String(comment.parent)}`);
  for (const key of ['author', 'date', 'content']) if (typeof comment[key] !== 'string') problems.push(`${key} is a ${typeof comment[key]}`);
  for (const key of LINKS) if (key in comment && badLink(comment[key])) problems.push(`${key}: ${badLink(comment[key])}`);
  for (const key of Reflect.ownKeys(comment)) if (!COMMENT_FIELDS.has(key)) problems.push(`unknown field ${String(key)}`);
  if (Object.getPrototypeOf(comment) !== Object.prototype) problems.push('not a plain object');
  if ('status' in comment && comment.status !== 'pending') problems.push(`status ${String(comment.status)}`);
  return problems;
}

test('normalizeThread: whatever the feed holds, it never throws, and every comment it gives is valid', () => {
  fc.assert(
    fc.property(rawThread, (raw) => {
      const thread = normalizeThread(raw, 'the test', BASE);
      const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
      assert.equal(thread === undefined, !isObject);
      if (!thread) return;
      assert.equal(typeof thread.title, 'string');
      assert.equal(typeof thread.open, 'boolean');
      assert.equal(typeof thread.avatars, 'boolean');
      assert.ok(Array.isArray(thread.comments));
      for (const comment of thread.comments) assert.deepEqual(problemsOf(comment), [], JSON.stringify(comment));
      // Only what the feed's shape names, each of its kind.
      const { threaded, depth, order, paged, perPage, defaultPage, ...rest } = thread.settings;
      assert.deepEqual(Reflect.ownKeys(rest), []);
      if (threaded !== undefined) assert.equal(typeof threaded, 'boolean');
      if (paged !== undefined) assert.equal(typeof paged, 'boolean');
      if (order !== undefined) assert.ok(order === 'asc' || order === 'desc');
      if (defaultPage !== undefined) assert.ok(defaultPage === 'newest' || defaultPage === 'oldest');
      for (const count of [depth, perPage]) if (count !== undefined) assert.ok(Number.isSafeInteger(count) && count > 0);
      // Nothing reached Object.prototype.
      assert.equal({}.id, undefined);
      assert.equal({}.title, undefined);
    }),
  );
});

test('normalizeThread: a comment with a positive whole-number id is kept, in its place; its text as given', () => {
  const good = fc.record({ id: fc.integer({ min: 1, max: 1e6 }), author: fc.string(), content: fc.string(), date: fc.string() });
  fc.assert(
    fc.property(fc.array(fc.oneof(good, rawComment), { maxLength: 12 }), (comments) => {
      const thread = normalizeThread({ title: 'T', comments }, 'the test', BASE);
      const kept = comments.filter((c) => typeof c === 'object' && c !== null && Number.isSafeInteger(c.id) && c.id > 0);
      assert.deepEqual(
        thread.comments.map((c) => c.id),
        kept.map((c) => c.id),
      );
      thread.comments.forEach((comment, i) => {
        if (typeof kept[i].content === 'string') assert.equal(comment.content, kept[i].content);
        // A date is a string as written, or none: a number is no date (Date.parse("5") is in 2001).
        assert.equal(comment.date, typeof kept[i].date === 'string' ? kept[i].date : '');
      });
    }),
  );
});

test('normalizeThread keeps at most 65,535 characters of a comment’s text (what WordPress’s column holds): the first ones', () => {
  const MAX_CONTENT = 65_535;
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' }), fc.integer({ min: 0, max: 3 * MAX_CONTENT }), (unit, length) => {
      const content = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      const [comment, other] = normalizeThread(
        {
          comments: [
            { id: 1, content },
            { id: 2, content: 'short' },
          ],
        },
        'the test',
        BASE,
      ).comments;
      assert.equal(comment.content.length, Math.min(content.length, MAX_CONTENT));
      assert.ok(content.startsWith(comment.content), 'not the first characters');
      assert.equal(other.content, 'short');
    }),
    { numRuns: 300 },
  );
  const [edge] = normalizeThread({ comments: [{ id: 1, content: 'x'.repeat(MAX_CONTENT + 1) }] }, 'the test', BASE).comments;
  assert.equal(edge.content, 'x'.repeat(MAX_CONTENT));
});

test('normalizeThread: links are kept only as http(s), absolute against the base; javascript: and data: never', () => {
  fc.assert(
    fc.property(anyUrlValue, fc.constantFrom(...LINKS), (url, key) => {
      const [comment] = normalizeThread({ comments: [{ id: 1, [key]: url }] }, 'the test', BASE).comments;
      if (!(key in comment)) return;
      assert.equal(badLink(comment[key]), undefined);
      assert.equal(comment[key], new URL(url.trim(), BASE).href);
    }),
  );
  warnings = 0;
  const [comment] = normalizeThread(
    { comments: [{ id: 1, authorUrl: ' javascript:alert(1)', avatar: 'data:image/png;base64,AAAA', url: '/2025/07/post/#comment-1' }] },
    'the test',
    BASE,
  ).comments;
  assert.deepEqual(comment, { id: 1, parent: 0, author: '', date: '', content: '', url: 'https://blog.example.com/2025/07/post/#comment-1' });
  assert.equal(warnings, 1);
});

test('ownComment: whatever the event carries, it never throws; an id the site gave is kept, else a negative one', () => {
  const sent = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ id: anyId, parent: anyId, author: anyTextValue, content: anyTextValue, url: anyUrlValue, status: anyValue }, { requiredKeys: [] }),
    },
    { weight: 1, arbitrary: fc.dictionary(fc.string(), anyValue) },
  );
  fc.assert(
    fc.property(sent, (detail) => {
      const comment = ownComment(detail);
      assert.deepEqual(problemsOf(comment, true), [], JSON.stringify(comment));
      const given = Number.isSafeInteger(detail.id) && detail.id > 0;
      assert.equal(comment.id, given ? detail.id : comment.id);
      if (!given) assert.ok(comment.id < 0);
      assert.equal(comment.status === 'pending', detail.status === 'pending');
    }),
  );
  // The text as WordPress keeps it: paragraphs at blank lines, line breaks within.
  assert.equal(ownComment({ id: 5, content: ' One\nline\n\n\nTwo ', status: 'approved' }).content, '<p>One<br>line</p><p>Two</p>');
});
