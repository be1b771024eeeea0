// What the property tests share: fast-check's settings, the page's base URL, the URL check every
// link must pass, and hostile inputs shaped by hand where fast-check's own would rarely reach.
import fc from 'fast-check';

// CI reruns a failure with the same inputs: a fixed seed there (FC_SEED picks another), a new one
// on every local run. fast-check names the seed and the shrunk input in the error it throws.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20250701 : undefined;
fc.configureGlobal({ ...(seed === undefined ? {} : { seed }), numRuns: 200, interruptAfterTimeLimit: 20_000 });

/** The base a relative link resolves against in these tests. */
export const BASE = 'https://blog.example.com/news/';

/** Why `link` must not be rendered as a link; undefined when it may. */
export function unsafeLink(link) {
  if (typeof link !== 'string' || link === '') return `not a non-empty string: ${JSON.stringify(link)}`;
  let parsed;
  try {
    parsed = new URL(link, BASE);
  } catch {
    return `does not parse: ${JSON.stringify(link)}`;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : `${parsed.protocol} link: ${JSON.stringify(link)}`;
}

const join = (parts) => parts.join('');

/** Characters that the URL parser strips or that String#trim strips, but not both. */
const LEADING = [' ', '\0', '\x01', '\x08', '\x1f', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2028', '\ufeff'];
/** What may hide inside a scheme: the URL parser drops tabs and newlines; the rest fool other readers. */
const INSIDE = ['', '', '', '\t', '\n', '\r', '&#x09;', '&Tab;', '&#10;', '%09', '\0'];

/** `javascript:`, `data:`, `vbscript:` and other non-http schemes, obfuscated as XSS filters' evasion lists do. */
export const obfuscatedSchemeUrl = fc
  .record({
    lead: fc.array(fc.constantFrom(...LEADING), { maxLength: 3 }).map(join),
    scheme: fc.constantFrom('javascript', 'data', 'vbscript', 'blob', 'file', 'about', 'filesystem', 'view-source', 'ws', 'mailto'),
    upper: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    inside: fc.array(fc.constantFrom(...INSIDE), { minLength: 16, maxLength: 16 }),
    colon: fc.constantFrom(':', ':', ':', '&colon;', '&#58;', '&#x3A;', '%3A', '\t:'),
    payload: fc.oneof(
      fc.constantFrom(
        'alert(1)',
        '//%0Aalert(1)',
        'text/html,<script>alert(1)</script>',
        'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'msgbox(1)',
        '',
      ),
      fc.string(),
    ),
  })
  .map(({ lead, scheme, upper, inside, colon, payload }) => {
    const letters = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c) + (inside[i] ?? ''));
    return `${lead}${letters.join('')}${colon}${payload}`;
  });

/** http(s) URLs that are not quite URLs: bad ports, brackets, broken escapes, spaces in the host. */
export const brokenWebUrl = fc
  .record({
    lead: fc.array(fc.constantFrom(...LEADING), { maxLength: 2 }).map(join),
    scheme: fc.constantFrom('http://', 'https://', 'HTTP://', 'hTTpS://', 'http:', 'https:/', 'http:\\\\', 'http:///'),
    host: fc.constantFrom(
      'example.com',
      '',
      '[',
      '[::1',
      '[::1]',
      '[zz]',
      '[::1]x',
      'exa mple.com',
      'exa%20mple.com',
      '%zz',
      '%',
      'a%00b',
      'a\0b',
      'a<b',
      'a^b',
      'user@',
      'a@b@c',
      '256.256.256.256',
      '0x7f.1',
      '1.2.3',
      'xn--',
      'xn--a',
      '..',
      '\u00ad',
      '\u200b',
    ),
    port: fc.constantFrom('', ':', ':80', ':65535', ':65536', ':99999', ':-1', ':80a', ':0x50', ': 80', ':８０'),
    path: fc.oneof(fc.constantFrom('', '/', '/a b', '/%', '/%zz', '/%E0%A4%A', '/\\..\\', '/#%', '?q=%', '/\n/', '/<script>'), fc.string()),
    tail: fc.array(fc.constantFrom(...LEADING), { maxLength: 2 }).map(join),
  })
  .map(({ lead, scheme, host, port, path, tail }) => `${lead}${scheme}${host}${port}${path}${tail}`);

/** Links relative to the page, with the oddities of hand-written markup. */
export const relativeUrl = fc.oneof(
  fc.constantFrom('/', '//', '///', '/news/', '//cdn.example.com/a.png', '?m=202507', '#comments', '.', '..', '../..', ' /x ', '/%', '\\\\evil.example/'),
  fc.webPath(),
  fc.webQueryParameters().map((q) => `?${q}`),
);

/** Any value a link field may hold. */
export const anyUrlValue = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  obfuscatedSchemeUrl,
  brokenWebUrl,
  relativeUrl,
  fc.string({ unit: 'binary' }),
  fc.anything(),
);

/** Numbers as JSON brings them: whole, fractional, negative, -0, huge, and strings of digits. */
export const anyNumberValue = fc.oneof(
  fc.integer({ min: -3, max: 20_000 }),
  fc.constantFrom(0, -0, 1, 12, 13, 9999, 10_000, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 1e21, 0.5, -1, NaN, Infinity),
  fc.double(),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
  fc.anything(),
);

/** Text as WordPress sends it: entities, markup, whitespace, any script. */
export const anyTextValue = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom('&amp;', '&lt;b&gt;', '&#8217;', '&#x1F600;', '&#0;', '&#xD800;', '&toString;', '&nbsp;', '  ', '\t', 'a', 'Ä', 'word', '<script>', '&'),
      { maxLength: 12 },
    )
    .map(join),
  fc.anything(),
);

/** Everything JSON.parse can give, and more (null prototypes, sparse arrays, boxed values). */
export const anyValue = fc.anything({
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withObjectString: true,
});
