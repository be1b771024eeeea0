// safeUrl() decides what may become a link: http(s) or relative to the page, and nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { safeUrl } from '../../lib/data/safe-url.js';
import { BASE, anyUrlValue, anyValue, brokenWebUrl, obfuscatedSchemeUrl, relativeUrl, unsafeLink } from './arbitraries.js';

const returnsOnlyLinks = (value) => {
  const link = safeUrl(value, BASE);
  if (link !== undefined) assert.equal(unsafeLink(link), undefined);
};

test('never throws, and every link it returns parses as http or https', () => {
  fc.assert(fc.property(anyUrlValue, returnsOnlyLinks), { numRuns: 2000 });
  fc.assert(fc.property(anyValue, returnsOnlyLinks));
});

test('returns no javascript:, data: or vbscript: link however it is obfuscated', () => {
  fc.assert(fc.property(obfuscatedSchemeUrl, returnsOnlyLinks), { numRuns: 2000 });
});

test('returns no http(s) "link" that the URL parser refuses (bad ports, brackets, escapes, spaces)', () => {
  fc.assert(fc.property(brokenWebUrl, returnsOnlyLinks), { numRuns: 2000 });
});

test('keeps every web URL, and every link relative to the page that the URL parser takes', () => {
  const link = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), relativeUrl).filter((url) => unsafeLink(url.trim()) === undefined);
  fc.assert(
    fc.property(link, (url) => assert.notEqual(safeUrl(url, BASE), undefined)),
    { numRuns: 1000 },
  );
});
