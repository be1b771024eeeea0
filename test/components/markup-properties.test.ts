// Properties of readMarkup(), which reads the WordPress markup a widget wraps: whatever the markup
// (lists nested any way, links that are not links, counts in any locale's format), it never
// throws and gives only items the normalizer itself would keep as they are.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readMarkup } from '../../src/data/markup.js';
import type { ListKey } from '../../src/data/model.js';
import { normalizeList } from '../../src/data/normalize.js';

// A fixed seed, as the Node properties have in CI (the browser sees no environment); fast-check
// prints it, and the shrunk markup, with any failure.
const seed = 20250701;

const hostileHref = fc.oneof(
  fc.constantFrom('/2025/07/', '?m=202507', '/category/news/', 'https://blog.example.com/2024/1', '#comment-12', '/x/#comment-3'),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)//2025/07/',
    'javascript:alert(1)//#comment-5',
    'http://[::1/#comment-6',
    'data:text/html,x',
    'http://[::1',
    'http://example.com:99999/2025/07/',
    '%zz',
    '',
    ' ',
  ),
  fc.webUrl(),
  fc.string(),
);
const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '&amp;', '<b>x</b>', 'Company News', '\u00a0'));
const count = fc.oneof(
  fc.constantFrom('', ' (3)', '\u00a0(1,234)', ' (1.234)', ' (1\u202f234)', " (1'234)", ' ()', ' (-5)', ' (1e3)', ' (99999999999999999999)', ' (١٢)', '(', ')'),
  fc.string(),
);

interface Item {
  className: string;
  href: string | null;
  label: string;
  count: string;
  children: Item[] | null;
}

const item: fc.Arbitrary<Item> = fc.letrec<{ item: Item }>((tie) => ({
  item: fc.record({
    className: fc.oneof(
      fc.constantFrom('', 'cat-item', 'menu-item', 'recentcomments'),
      fc.integer({ min: 0, max: 12 }).map((id) => `cat-item cat-item-${String(id)}`),
    ),
    href: fc.option(hostileHref),
    label: text,
    count,
    children: fc.option(fc.array(tie('item'), { maxLength: 3 }), { depthSize: 'small' }),
  }),
})).item;

function list(items: Item[], tag: 'ul' | 'ol'): HTMLElement {
  const element = document.createElement(tag);
  for (const { className, href, label, count: printed, children } of items) {
    const li = document.createElement('li');
    if (className) li.className = className;
    const a = document.createElement('a');
    if (href !== null) a.setAttribute('href', href);
    a.textContent = label;
    li.append(a, printed);
    if (children) li.append(list(children, children.length % 2 ? 'ol' : 'ul'));
    element.append(li);
  }
  return element;
}

/** A widget's wrapped markup: a heading, a list, and a dropdown of the same links. */
const markup = fc
  .record({ heading: fc.option(text), items: fc.array(item, { maxLength: 8 }), options: fc.array(fc.tuple(hostileHref, text), { maxLength: 4 }) })
  .map(({ heading, items, options }) => {
    const host = document.createElement('div');
    if (heading !== null) {
      const h2 = document.createElement('h2');
      h2.textContent = heading;
      host.append(h2);
    }
    host.append(list(items, 'ul'));
    const select = document.createElement('select');
    for (const [value, label] of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
    host.append(select);
    return host;
  });

function isLink(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** The text fields written back as character data: the normalizer decodes them once. */
function escapedText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(escapedText);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      ['label', 'name', 'author', 'postTitle', 'excerpt'].includes(k) ? (v as string).replaceAll('&', '&amp;') : escapedText(v),
    ]),
  );
}

const urlsOf = (items: unknown[]): string[] =>
  items.flatMap((entry) => {
    const { url, authorUrl, avatar, children } = entry as { url?: string; authorUrl?: string; avatar?: string; children?: unknown[] };
    return [url, authorUrl, avatar, ...urlsOf(children ?? [])].filter((u): u is string => !!u);
  });

describe('readMarkup, on any WordPress-like markup', function () {
  this.timeout(60000);
  const warn = console.warn;
  let warnings = 0;
  beforeEach(() => {
    console.warn = () => {
      warnings++;
    };
  });
  afterEach(() => {
    console.warn = warn;
  });

  for (const key of ['categories', 'archives', 'menu', 'comments'] as const satisfies readonly ListKey[]) {
    it(`never throws for ${key}, and gives only items the normalizer keeps as they are`, () => {
      fc.assert(
        fc.property(markup, (host) => {
          const read = readMarkup(key, host);
          if (!read) return;
          expect(read.heading === undefined || read.heading !== '').to.be.true;
          for (const url of urlsOf(read.items)) expect(isLink(url), url).to.be.true;
          warnings = 0;
          expect(normalizeList(key, escapedText(read.items), 'a test')).to.deep.equal(read.items);
          expect(warnings, 'the normalizer found a problem in what the reader gave').to.equal(0);
        }),
        { seed, numRuns: 300 },
      );
    });
  }

  it('reads a count printed in any locale’s digit grouping as that number', () => {
    const locales = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'ru', 'ja', 'en-IN', 'de-CH'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10_000_000), fc.constantFrom(...locales)), { minLength: 1, maxLength: 5 }), (counts) => {
        const host = document.createElement('div');
        const ul = document.createElement('ul');
        for (const [i, [n, locale]] of counts.entries()) {
          const li = document.createElement('li');
          li.className = `cat-item cat-item-${String(i + 1)}`;
          const a = document.createElement('a');
          a.href = `/category/c${String(i)}/`;
          a.textContent = `C${String(i)}`;
          li.append(a, `\u00a0(${new Intl.NumberFormat(locale).format(n)})`);
          ul.append(li);
        }
        host.append(ul);
        const read = readMarkup('categories', host);
        expect(read?.items.map((c) => c.count)).to.deep.equal(counts.map(([n]) => n));
      }),
      { seed, numRuns: 300 },
    );
  });
});
