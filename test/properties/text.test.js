// decodeEntities() and firstWords(): the two text steps every name, title and excerpt goes through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeEntities } from '../../lib/data/entities.js';
import { firstWords } from '../../lib/data/normalize.js';
import { anyTextValue } from './arbitraries.js';

const text = fc.oneof(
  anyTextValue.filter((v) => typeof v === 'string'),
  fc.string({ unit: 'binary' }),
);

test('decodeEntities never throws on any string', () => {
  fc.assert(
    fc.property(text, (s) => void decodeEntities(s)),
    { numRuns: 2000 },
  );
});

test('decodeEntities looks nothing up on Object.prototype: &toString; stays as written', () => {
  const inherited = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-zA-Z]+$/.test(name));
  const around = fc.string().map((s) => s.replaceAll('&', ''));
  fc.assert(
    fc.property(around, fc.constantFrom(...inherited), around, (before, name, after) => {
      const written = `${before}&${name};${after}`;
      assert.equal(decodeEntities(written), written);
    }),
  );
});

test('decodeEntities returns text without "&" as it is', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary' }).map((s) => s.replaceAll('&', '')),
      (s) => assert.equal(decodeEntities(s), s),
    ),
    { numRuns: 1000 },
  );
});

/** Code points and how each is written: as itself, or as a decimal or hexadecimal reference. */
const written = fc.array(
  fc.tuple(
    // NUL is left out: a reference to it decodes to U+FFFD, as the HTML parser decodes it.
    fc.integer({ min: 1, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
    fc.constantFrom('itself', 'decimal', 'hex', 'HEX'),
  ),
);

test('decodeEntities gives back any text written with numeric references', () => {
  fc.assert(
    fc.property(written, (chars) => {
      const original = chars.map(([c]) => String.fromCodePoint(c)).join('');
      const encoded = chars
        .map(([c, how]) => {
          if (how === 'itself' && c !== 0x26) return String.fromCodePoint(c);
          if (how === 'hex') return `&#x${c.toString(16)};`;
          if (how === 'HEX') return `&#X${c.toString(16).toUpperCase()};`;
          return `&#${String(c)};`;
        })
        .join('');
      assert.equal(decodeEntities(encoded), original);
    }),
    { numRuns: 1000 },
  );
});

const words = (s) => s.split(/\s+/).filter(Boolean);
const folded = (s) => words(s).join(' ');

test('firstWords gives at most 20 words and "…", the start of the text', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.array(fc.constantFrom('a', 'bb', ' ', '\n', '\u00a0', '\u3000', '…'), { maxLength: 80, size: 'max' }).map((a) => a.join('')),
      ),
      (s) => {
        const excerpt = firstWords(s);
        const cut = excerpt !== s;
        const kept = cut ? excerpt.slice(0, -1) : excerpt;
        if (cut) assert.equal(excerpt.at(-1), '\u2026');
        assert.ok(words(kept).length <= 20, `${String(words(kept).length)} words`);
        assert.ok(folded(s).startsWith(folded(kept)), 'not the start of the text');
      },
    ),
    { numRuns: 1000 },
  );
});

test('firstWords cuts trimmed text only when it has more than 20 words', () => {
  const sentence = fc
    .array(fc.stringMatching(/^\S{1,6}$/), { maxLength: 40, size: 'max' })
    .chain((ws) =>
      fc
        .array(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0'), { minLength: ws.length, maxLength: ws.length })
        .map((gaps) => ws.map((w, i) => (i ? gaps[i] : '') + w).join('')),
    );
  fc.assert(
    fc.property(sentence, (s) => {
      const excerpt = firstWords(s);
      if (words(s).length <= 20) assert.equal(excerpt, s);
      else assert.equal(excerpt, `${words(s).slice(0, 20).join(' ')}\u2026`);
    }),
    { numRuns: 1000 },
  );
});
