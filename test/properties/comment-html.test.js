// A comment's HTML read into a tree of WordPress's allowed elements: whatever the markup, only those
// elements and attributes come out, no link that may run code, no tree deeper than the cap, the same
// words a reader of its text would find, and the same tree again when its own HTML is read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BASE, obfuscatedSchemeUrl, relativeUrl, unsafeLink } from './arbitraries.js';

import { commentNodes, MAX_DEPTH } from '../../lib/data/comment-html.js';
import { htmlText, tokens } from '../../lib/data/html-reader.js';
import { decodeEntities } from '../../lib/data/entities.js';
import { loadWordPress } from '../../lib/data/wordpress/load.js';

// The reader is in the WordPress chunk: it gets what it shares with the main bundle as the bundle gives it.
await loadWordPress();

/** `$allowedtags` of wp-includes/kses.php, and the `p` and `br` of wpautop: written out again here, not imported. */
const ALLOWED = {
  a: ['href', 'title'],
  abbr: ['title'],
  acronym: ['title'],
  b: [],
  blockquote: ['cite'],
  br: [],
  cite: [],
  code: [],
  del: ['datetime'],
  em: [],
  i: [],
  p: [],
  q: ['cite'],
  s: [],
  strike: [],
  strong: [],
};
const HIDDEN = ['template', 'title', 'noscript', 'iframe', 'noembed', 'noframes'];

/** Every character as a numeric reference, or only some, as obfuscated links are written. */
const referenced = (text, which) => [...text].map((c, i) => (which[i % which.length] ? `&#x${c.codePointAt(0).toString(16)};` : c)).join('');

const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '&lt;',
    '&#60;',
    '&amp;lt;b&amp;gt;',
    '&#8217;',
    '&nbsp;',
    '&',
    '&amp',
    '&#0;',
    '&toString;',
    ' ',
    '\n',
    'Hello',
    'Ä',
    '<',
    '< b',
    '>',
    '"',
    '=',
  ),
);
const attributeValue = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  obfuscatedSchemeUrl,
  fc.tuple(obfuscatedSchemeUrl, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 })).map(([url, which]) => referenced(url, which)),
  relativeUrl,
  fc.string({ maxLength: 6 }),
  fc.constantFrom('x>y<z', '<script>', '', '2025-07-01T10:00:00+00:00', '&quot;q&quot;'),
);
const attribute = fc
  .tuple(
    fc.constantFrom('href', 'HREF', 'title', 'cite', 'datetime', 'onclick', 'onmouseover', 'style', 'class', 'rel', 'target', 'src', 'alt', 'id', 'x/y'),
    attributeValue,
    fc.constantFrom('"', "'", ''),
  )
  .map(([name, value, quote]) => ` ${name}=${quote}${quote === '' ? value.replace(/[\s>]/g, '') || 'x' : value.replaceAll(quote, '')}${quote}`);
const tagName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.keys(ALLOWED)) },
  fc.constantFrom('A', 'P', 'Strong', 'div', 'span', 'li', 'ul', 'img', 'h2', 'pre', 'hr', 'u', 'font', 'script', 'style', 'svg', 'math', 'textarea', 'x-y'),
  fc.constantFrom(...HIDDEN),
);
const tag = fc.oneof(
  fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >')).map(([name, attrs, end]) => `<${name}${attrs.join('')}${end}`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom(
    '<!-- <b>x</b> -->',
    '<!---->',
    '<!DOCTYPE html>',
    '<![CDATA[ <b> ]]>',
    '<?php echo 1 ?>',
    '<br />',
    '</br>',
    '</p>',
    '<img src=x alt=":)">',
    '</>',
    '<a href="',
  ),
);
/** Comment-like markup: text and tags, allowed and not, nested or not, closed or not. */
const markup = fc.array(fc.oneof(textPiece, tag), { maxLength: 40 }).map((pieces) => pieces.join(''));
/** Allowed start tags that are seldom closed: trees that reach the depth cap. */
const deep = fc
  .array(
    fc.oneof(
      fc.constantFrom(...Object.keys(ALLOWED)).map((name) => `<${name}>`),
      tag,
      textPiece,
    ),
    { minLength: 30, maxLength: 120 },
  )
  .map((pieces) => pieces.join(''));
const anyInput = fc.oneof(markup, deep, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const anyBase = fc.constantFrom(undefined, BASE);

/** Every element of the tree, nested ones too. */
const elements = (nodes) => nodes.flatMap((node) => (typeof node === 'string' ? [] : [node, ...elements(node.children)]));
const depth = (nodes) => Math.max(0, ...nodes.map((node) => (typeof node === 'string' ? 0 : 1 + depth(node.children))));
/** The tree's text, with a space where a paragraph, line break or quote starts and ends, spaces folded. */
const words = (nodes) => {
  const text = (list) =>
    list
      .map((node) => (typeof node === 'string' ? node : ['p', 'br', 'blockquote'].includes(node.tag) ? ` ${text(node.children)} ` : text(node.children)))
      .join('');
  return text(nodes).replace(/\s+/g, ' ').trim();
};
/** The tree as HTML, escaped as a browser serializes it. */
const serialize = (nodes) =>
  nodes
    .map((node) => {
      if (typeof node === 'string') return node.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
      const attributes = Object.entries(node.attributes).map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
      return node.tag === 'br' ? '<br>' : `<${node.tag}${attributes.join('')}>${serialize(node.children)}</${node.tag}>`;
    })
    .join('');

/**
 * Why a link or citation must not be in the tree; undefined when it may. Besides the URL parser's
 * word, the URL Standard's own reading of a scheme: leading C0 controls and spaces dropped, tabs and
 * newlines dropped anywhere (a leading U+FEFF is not dropped: it makes a path).
 */
const unsafe = (url) => unsafeLink(url) ?? (/^[\0-\x20]*(?:javascript|data|vbscript):/i.test(url.replace(/[\t\n\r]/g, '')) ? `scheme: ${url}` : undefined);

test('it never throws, and gives only allowed elements with allowed attributes, and no link in a link', () => {
  fc.assert(
    fc.property(anyInput, anyBase, (html, base) => {
      for (const element of elements(commentNodes(html, base))) {
        assert.ok(Object.hasOwn(ALLOWED, element.tag), `tag ${element.tag}`);
        for (const [name, value] of Object.entries(element.attributes)) {
          assert.ok(ALLOWED[element.tag].includes(name), `${element.tag}[${name}]`);
          assert.equal(typeof value, 'string');
        }
        if (element.tag === 'br') assert.deepEqual(element.children, []);
        if (element.tag === 'a') assert.ok(!elements(element.children).some((inner) => inner.tag === 'a'), 'a link in a link');
      }
    }),
    { numRuns: 1000 },
  );
});

test('no href or cite in the tree may run code, however it was written', () => {
  const link = fc
    .tuple(fc.constantFrom('a', 'A', 'q', 'blockquote'), fc.constantFrom('href', 'cite', 'HREF'), fc.oneof(obfuscatedSchemeUrl, attributeValue))
    .map(([name, attribute, url]) => `<${name} ${attribute}="${url.replaceAll('"', '&quot;')}">x</${name}>`);
  fc.assert(
    fc.property(fc.oneof(markup, link), anyBase, (html, base) => {
      for (const { attributes } of elements(commentNodes(html, base))) {
        for (const name of ['href', 'cite']) if (name in attributes) assert.equal(unsafe(attributes[name]), undefined, html);
      }
    }),
    { numRuns: 2000 },
  );
});

test('the tree is never deeper than the cap', () => {
  fc.assert(
    fc.property(fc.oneof(markup, deep), (html) => assert.ok(depth(commentNodes(html)) <= MAX_DEPTH)),
    { numRuns: 1000 },
  );
  assert.equal(depth(commentNodes('<b>'.repeat(100_000) + 'x')), MAX_DEPTH);
  assert.equal(depth(commentNodes('<blockquote><q>'.repeat(10_000) + 'x')), MAX_DEPTH);
});

/** The pieces htmlWords() joins before htmlText() decodes them: text, a space for a block's tag, an image's alt. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
const pieces = (html) =>
  [...tokens(html)].map((token) =>
    token.type === 'text'
      ? token.text
      : BREAKS.has(token.name)
        ? ' '
        : token.type === 'start' && token.name === 'img'
          ? (token.attributes.get('alt') ?? '')
          : '',
  );

// The exact relation: the words are htmlText()'s, unless an element a browser hides is in the input
// (its text is left out here), or a character reference is split by a tag (`&am<b>p;`: htmlText()
// decodes across the tag, a browser and this do not).
test('its words are those htmlText() reads, when nothing is hidden and no reference is split by a tag', () => {
  let compared = 0;
  fc.assert(
    fc.property(fc.oneof(markup, deep), (html) => {
      const read = pieces(html);
      const hides = [...tokens(html)].some((token) => token.type !== 'text' && HIDDEN.includes(token.name));
      if (hides || decodeEntities(read.join('')) !== read.map(decodeEntities).join('')) return;
      compared++;
      assert.equal(words(commentNodes(html)), htmlText(html));
    }),
    { numRuns: 2000 },
  );
  assert.ok(compared > 500, `only ${compared} inputs compared`);
});

test('the tree read again from its own HTML is the same tree', () => {
  fc.assert(
    fc.property(anyInput, anyBase, (html, base) => {
      const tree = commentNodes(html, base);
      assert.deepEqual(commentNodes(serialize(tree), base), tree);
    }),
    { numRuns: 2000 },
  );
});

const p = (...children) => ({ tag: 'p', attributes: {}, children });
const br = { tag: 'br', attributes: {}, children: [] };

test('comments as WordPress renders them', () => {
  assert.deepEqual(commentNodes('<p>Hello<br />\nworld</p>\n'), [p('Hello', br, '\nworld'), '\n']);
  assert.deepEqual(commentNodes('<p>See <a href="https://x" rel="nofollow ugc">x</a></p>'), [
    p('See ', { tag: 'a', attributes: { href: 'https://x' }, children: ['x'] }),
  ]);
  assert.deepEqual(commentNodes('<blockquote cite="/a/"><p>You wrote this.</p></blockquote>\n<p>And I this.</p>', BASE), [
    { tag: 'blockquote', attributes: { cite: 'https://blog.example.com/a/' }, children: [p('You wrote this.')] },
    '\n',
    p('And I this.'),
  ]);
  assert.deepEqual(commentNodes('<p>It&#8217;s &amp;lt;b&amp;gt; &#8211; not bold</p>'), [p('It\u2019s &lt;b&gt; \u2013 not bold')]);
  assert.deepEqual(
    commentNodes('<p>Nice <img src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f642.png" alt="&#x1f642;" class="wp-smiley" style="height: 1em;" /></p>'),
    [p('Nice \u{1f642}')],
  );
  assert.deepEqual(commentNodes('<p><a href=" JaVa&#x09;ScRiPt&#58;alert(1)" onclick="alert(2)" title="t &amp; u">x</a></p>'), [
    p({ tag: 'a', attributes: { title: 't & u' }, children: ['x'] }),
  ]);
  assert.deepEqual(commentNodes('<p>a<script>alert(1)</script><template><b>b</b></template><style>p{}</style><span class="x">c</span></p>'), [p('ac')]);
  assert.deepEqual(commentNodes('<p>one<p>two</b></p><del datetime="2025-07-01">three'), [
    p('one'),
    p('two'),
    { tag: 'del', attributes: { datetime: '2025-07-01' }, children: ['three'] },
  ]);
  assert.deepEqual(commentNodes('<ul><li>one</li><li>two</li></ul>'), ['  one  two  ']);
});

/** Shapes that make a reader backtrack, rescan or nest: each repeated to `size` characters. */
const ADVERSARIAL = {
  'deep nesting': '<b><i>',
  'unclosed links': '<a href=x>y',
  'unclosed tag': '<a href=',
  'open quote': '<a href="',
  links: '<a href="https://example.com/x">x</a>',
  'relative links': '<a href="/x?a=1">x',
  'entity flood': '&#8217;&amp;&lt;&nbsp;&#x1F600;&',
  'stray end tags': '</b></p></blockquote>',
  paragraphs: '<p>x<blockquote><p>',
  'links in blocks in links': '<a href=/x><p><a>y',
  'inline end tags past blocks': '<b><p>x</b>',
  'hidden elements': '<template><b>x',
  'tags in text': '<<b>a</b>&',
};
const sized = (piece, size) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
const fastest = (html) => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    commentNodes(html, BASE);
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

test('its time grows linearly with the input, on 1 MB of adversarial markup', { timeout: 300_000 }, (t) => {
  for (const [shape, piece] of Object.entries(ADVERSARIAL)) {
    const small = sized(piece, 256 * 1024);
    const large = sized(piece, 1024 * 1024);
    fastest(small); // warms the JIT
    const smallTime = fastest(small);
    const largeTime = fastest(large);
    t.diagnostic(`${shape}: 256 KB ${smallTime.toFixed(1)} ms, 1 MB ${largeTime.toFixed(1)} ms`);
    // Four times the input: linear is about 4, quadratic 16. Generous for a busy machine, and for
    // runs too short to time well.
    assert.ok(largeTime < 10 * smallTime + 50, `${shape}: ${smallTime} ms, then ${largeTime} ms`);
  }
});
