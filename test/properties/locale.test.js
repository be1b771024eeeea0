// localeFor() picks the translation a page's `lang` gets; the bundle's pre-check, mayTranslate() with
// LANGUAGES, decides whether to load the picker at all. Over any string and over language tags made of the table's
// languages, scripts and regions: it never throws, it answers a locale of the table in the tag's own
// language, whatever the case, and the pre-check never turns away a tag that has a locale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LANGUAGES } from '../../lib/i18n/languages.js';
import { ALIASES, LOCALES } from '../../lib/i18n/locales.js';
import { localeFor } from '../../lib/i18n/match.js';
import { mayTranslate } from '../../lib/i18n/translated.js';
import './arbitraries.js';

const match = (lang) => localeFor(lang, LOCALES, ALIASES);
const TABLE = LOCALES.trim().split(' ');
/** The languages of the table, and some it does not have (English is built in, `nn` has no catalog). */
const LANGUAGE_CODES = [...new Set(TABLE.map((locale) => locale.split('_')[0])), ...Object.keys(ALIASES), 'iw', 'en', 'nn', 'hi', 'ku', 'yue', 'xx'];
const REGIONS = [...new Set(TABLE.flatMap((locale) => locale.split('_').slice(1))), 'US', 'GB', 'MX', 'AT', 'IN', 'SG', 'MO', '419', '001', 'ZZ'];

/** `s` in a random mix of upper and lower case. */
const anyCase = (s) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((upper) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** A BCP 47-ish tag: a language of the table (or not), maybe a script, maybe a region, maybe an extension. */
const tag = fc
  .record({
    language: fc.constantFrom(...LANGUAGE_CODES),
    script: fc.option(fc.constantFrom('Latn', 'Cyrl', 'Hans', 'Hant', 'Arab', 'Hebr', 'Jpan'), { nil: undefined }),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
    extension: fc.option(fc.constantFrom('u-nu-latn', 'u-ca-hebrew', 'x-private'), { nil: undefined }),
  })
  .map(({ language, script, region, extension }) => [language, script, region, extension].filter(Boolean).join('-'));
const tagInAnyCase = tag.chain(anyCase);

/** Languages whose locale is another language's, as WordPress names it: Norwegian is Bokmål (nb_NO). */
const SAME_LANGUAGE = { no: 'nb' };

/** The languages a locale of the tag's language may be in: its own, Intl's canonical one (`iw` is `he`), Bokmål's for `no`. */
function languagesOf(lang) {
  const language = lang.split('-')[0].toLowerCase();
  let canonical = language;
  try {
    canonical = new Intl.Locale(language).language;
  } catch {
    // not a language Intl reads: only its own
  }
  return [language, canonical, SAME_LANGUAGE[canonical]].filter(Boolean);
}

test('never throws, and answers nothing or a locale of the table', () => {
  const answersALocale = (lang) => {
    const locale = match(lang);
    if (locale !== undefined) assert.ok(TABLE.includes(locale), `${JSON.stringify(lang)} got ${JSON.stringify(locale)}, not in LOCALES`);
  };
  fc.assert(fc.property(fc.string({ maxLength: 40 }), answersALocale), { numRuns: 2000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), answersALocale), { numRuns: 1000 });
  fc.assert(fc.property(tagInAnyCase, answersALocale), { numRuns: 2000 });
});

test("the locale is in the tag's language (or its alias's: no → nb_NO, ta → ta_LK)", () => {
  fc.assert(
    fc.property(tagInAnyCase, (lang) => {
      const locale = match(lang);
      if (locale !== undefined) assert.ok(languagesOf(lang).includes(locale.split('_')[0]), `${lang} got ${locale}`);
    }),
    { numRuns: 3000 },
  );
});

test('the case does not matter, and WordPress’s own names (pt_BR, as langOf() makes them: pt-BR) get their locale', () => {
  fc.assert(
    fc.property(
      tag.chain((lang) => anyCase(lang).map((mixed) => [lang, mixed])),
      ([lang, mixed]) => assert.equal(match(mixed), match(lang), `${mixed} and ${lang}`),
    ),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(
      fc.constantFrom(...TABLE).chain((locale) => anyCase(locale).map((written) => [locale, written])),
      // langOf() turns WordPress's "_" into "-" before any matching.
      ([locale, written]) => assert.equal(match(written.replace(/_/g, '-')), locale, written),
    ),
    { numRuns: 500 },
  );
});

/** Whether the bundle, before any loading, lets `lang` ask the picker for its locale. */
const passesPreCheck = (lang) => mayTranslate(lang, LANGUAGES);
const neverSkipped = (lang) => {
  const locale = match(lang);
  if (locale !== undefined) assert.ok(passesPreCheck(lang), `${lang} has ${locale}, but LANGUAGES skips it`);
};

/** A tag as WordPress (`language_attributes()`) and browsers write one: a language, maybe a region, maybe an extension. */
const writtenTag = fc
  .record({
    language: fc.constantFrom(...LANGUAGE_CODES),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
    extension: fc.option(fc.constantFrom('u-nu-latn', 'x-private'), { nil: undefined }),
  })
  .map(({ language, region, extension }) => [language, region, extension].filter(Boolean).join('-'))
  .chain(anyCase);

test('the bundle’s pre-check (LANGUAGES) lets through every tag, as pages write them, that has a locale', () => {
  fc.assert(fc.property(writtenTag, neverSkipped), { numRuns: 3000 });
});

/**
 * A script subtag (`en-Latn-CA`), and the other codes Intl reads as a language of the table: Java's
 * `in`, ISO 639-2 and -3 codes (`slo`, `srp`, `cmn`), `sh`, "undetermined" with a region (`und-TW`
 * is zh_TW by likely subtags). (A pattern of the raw tag let none of these through.)
 */
const otherCode = fc
  .record({
    language: fc.constantFrom('in', 'mo', 'sh', 'slo', 'cmn', 'arb', 'zsm', 'swh', 'pes', 'ekk', 'lvs', 'bos', 'srp', 'hbs', 'cnr', 'und'),
    region: fc.option(fc.constantFrom('TW', 'CA', 'JP', 'BR'), { nil: undefined }),
  })
  .map(({ language, region }) => [language, region].filter(Boolean).join('-'));

test('the bundle’s pre-check lets through any tag that has a locale: with a script, in another code, any string', () => {
  fc.assert(fc.property(fc.oneof(tagInAnyCase, otherCode, fc.string({ maxLength: 12 })), neverSkipped), { numRuns: 3000 });
});
