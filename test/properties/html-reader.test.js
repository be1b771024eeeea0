// The html-reader: WordPress's rendered HTML read as text and links without the HTML parser. Text
// from a tag must never come out as text, whatever the markup, and no input may make it throw.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeList } from '../../lib/data/normalize.js';
import { anyUrlValue, unsafeLink } from './arbitraries.js';

import * as reader from '../../lib/data/html-reader.js';
import { loadWordPress } from '../../lib/data/wordpress/load.js';

// The reader is in the WordPress chunk: it gets what it shares with the main bundle as the bundle gives it.
await loadWordPress();

/** Text that holds no "<" of its own: "<" only as a character reference, which decodes to one. */
const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme' }).map((s) => s.replaceAll('<', '')),
  fc.constantFrom('&lt;', '&#60;', '&#x3C;', '&amp;lt;', '&', '&nbsp;', ' ', '\n', 'Company News', 'Ä', '>', '"', "'", '=', '/'),
);
const attributeValue = fc.oneof(
  anyUrlValue.filter((v) => typeof v === 'string'),
  fc.constantFrom('x>y<z', '"', "'", '<script>', '', '>'),
);
const attribute = fc
  .tuple(fc.constantFrom('href', 'class', 'title', 'onclick', 'data-x', 'HREF', 'src', 'x/y'), attributeValue, fc.constantFrom('"', "'"))
  .map(([name, value, quote]) => ` ${name}=${quote}${value.replaceAll(quote, '')}${quote}`);
const tagName = fc.constantFrom('a', 'li', 'ul', 'ol', 'span', 'div', 'p', 'script', 'style', 'textarea', 'title', 'b', 'svg', 'math', 'A', 'LI', 'x-y');
const tag = fc.oneof(
  fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >')).map(([name, attrs, end]) => `<${name}${attrs.join('')}${end}`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom('<!-- a <b> -->', '<!---->', '<!DOCTYPE html>', '<![CDATA[ <b> ]]>', '<?php echo 1 ?>', '<br>', '<img src=x onerror=alert(1)>', '</>'),
);
/** WordPress-like markup: text and tags, where only tags (and references) hold "<". */
const markup = fc.array(fc.oneof(textPiece, tag), { maxLength: 40 }).map((pieces) => pieces.join(''));
const referencedLessThan = (html) => (html.match(/&lt;|&#0*60;|&#x0*3c;/gi) ?? []).length;
const lessThans = (text) => (text.match(/</g) ?? []).length;

/** Inputs of about 100 KB: one piece repeated, the shapes that make a tokenizer backtrack. */
const large = fc
  .oneof(markup, fc.constantFrom('<', '<a ', '<a href="', '<!--', '&', '&#', '<li><a href="/x">x</a>', '"', '<a b=', '</', '<script>'))
  .filter((s) => s.length > 0)
  .map((s) => s.repeat(Math.ceil(100_000 / s.length)));

/** The labels of menu items, nested ones too. */
const labels = (items) => items.flatMap((item) => [item.label, ...labels(item.children)]);
/** The links of menu items, nested ones too. */
const urls = (items) => items.flatMap((item) => [item.url, ...urls(item.children)]);
/** Every reader, made to read all of `html` (tokens() is a generator). */
const readAll = (html) => [[...reader.tokens(html)], reader.htmlWords(html), reader.navigationItems(html), reader.htmlText(html)];

test('no reader throws on any markup or any string', () => {
  fc.assert(
    fc.property(fc.oneof(markup, fc.string({ unit: 'binary' })), (html) => void readAll(html)),
    { numRuns: 1000 },
  );
});

test('no text it gives holds a "<" that came from a tag', () => {
  fc.assert(
    fc.property(markup, (html) => {
      const texts = [...reader.tokens(html)].flatMap((token) => (token.type === 'text' ? [token.text] : []));
      // tokens(), htmlWords() and the labels leave references as written: no "<" at all.
      assert.deepEqual(
        texts.filter((text) => text.includes('<')),
        [],
        'tokens',
      );
      assert.deepEqual(
        reader.htmlWords(html).filter((word) => word.includes('<')),
        [],
        'htmlWords',
      );
      assert.deepEqual(
        labels(reader.navigationItems(html)).filter((label) => label.includes('<')),
        [],
        'navigationItems',
      );
      // htmlText() decodes them: a "<" for each written as a reference, no more.
      assert.ok(lessThans(reader.htmlText(html)) <= referencedLessThan(html), `htmlText: ${JSON.stringify(reader.htmlText(html))}`);
    }),
    { numRuns: 1000 },
  );
});

test('navigationItems, once normalized, gives only links that may be rendered', (t) => {
  t.mock.method(console, 'warn', () => undefined); // the normalizer's report of what it dropped
  fc.assert(
    fc.property(markup, (html) => {
      for (const url of urls(normalizeList('menu', reader.navigationItems(html), 'a test'))) if (url !== '') assert.equal(unsafeLink(url), undefined);
    }),
    { numRuns: 1000 },
  );
});

test('every reader finishes on inputs of 100 KB', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(large, (html) => void readAll(html)),
    { numRuns: 30 },
  );
});
