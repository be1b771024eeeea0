// Makes the built-in translations from WordPress's own .mo files: src/i18n/translations/<locale>.ts
// for every locale the languages folder has (the build makes each a chunk beside the bundle,
// dist/press-widgets.<locale>.js), src/i18n/locales.ts (the table that matches a page's `lang` to
// them), the generated part of docs/languages.md (that table, and the strings each language leaves
// in English), and test/fixtures/i18n/wordpress.json, what the tests expect the widgets to show.
//
//   node scripts/i18n.js [languages-dir]
//
// languages-dir: WordPress's wp-content/languages (default: Debian's wordpress-l10n package,
// `apt-get install wordpress-l10n`). Any newer set of WordPress .mo files works the same way.
// Each English string (src/i18n/en.ts) is looked up by its WordPress msgid(s) below in
// <locale>.mo, then admin-<locale>.mo. A string WordPress does not have takes our own translation
// from scripts/i18n-ours.js, marked as ours in the generated module; a locale we translate there must
// be complete (a string with neither is an error), any other one shows English for what it lacks.
// A string WordPress counts (_n) keeps every plural form, and its module the .mo's Plural-Forms
// rule, compiled here into a function (nothing is evaluated in the page). The plural rules and the
// tests' counted strings are checked against Python's gettext, a second reading of the same files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import ts from 'typescript';
import { ours } from './i18n-ours.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? '/usr/share/wordpress/wp-content/languages');
// WordPress names a language's files <locale>.mo ("de_DE.mo", "ja.mo"); admin-, continents-cities-
// and the themes' files are not; nor are variants such as de_DE_formal (no `lang` names them).
const LOCALES = readdirSync(dir)
  .filter((file) => /^[a-z]{2,3}(_[A-Z]{2})?\.mo$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();
const CONTEXT = '\u0004'; // gettext: "context\u0004msgid"
const PLURAL = '\u0000'; // gettext: a msgid with its plural, a msgstr with its forms, joined by NUL
/** The counts the tests check each plural rule at. */
const COUNTS = [0, 1, 2, 5, 22, 101];

/**
 * Where WordPress has each string, when its msgid is not the English text itself (or not only):
 * candidates in order, "context\u0004msgid" for a msgid with a context; `derive` makes ours from
 * WordPress's when WordPress has the string only within a longer one.
 */
const WORDPRESS = {
  // The Latest Comments block has it without a context, the Recent Comments widget with "widgets".
  commentOn: ['%1$s on %2$s', `widgets${CONTEXT}%1$s on %2$s`],
  // comment_form(): _x( 'Comment', 'noun' ).
  comment: [`noun${CONTEXT}Comment`, 'Comment'],
  // comment_form() before WordPress 5.x linked the name: "Logged in as <a href="%1$s">%2$s</a>."
  // get_comments_number_text(): _n( '%s Comment', '%s Comments', $number ) for more than one, every
  // form kept: the language's plural rule picks one for each count ("22 komentarze", "25 komentarzy").
  // (WordPress before 4.x: __( '% Comments' ), the % being the number: one string for any number.)
  manyComments: [
    { msgid: `%s Comment${PLURAL}%s Comments`, forms: true },
    // (Some translators wrote "%s"; WordPress would print "5s".)
    { msgid: '% Comments', derive: (s) => (s.includes('%s') ? s : s.replace('%', '%s')) },
  ],
  // The Comments Title block: 'One response to %s' for one, else _n( '%1$s response to %2$s',
  // '%1$s responses to %2$s', $count ), every form kept; its quotes, and the comment pages' links,
  // written as character references. Older catalogs have the default theme's comments.php title,
  // _n( 'One Response to %2$s', '%1$s Responses to %2$s', $count ), whose form for 1 is the one for one.
  oneResponseTo: [
    'One response to %s',
    {
      msgid: `One Response to %2$s${PLURAL}%1$s Responses to %2$s`,
      derive: (s, plural) => s.split(PLURAL)[plural(1)].replace('%2$s', '%s').replace('%1$s', '1'),
    },
  ],
  responsesTo: [
    { msgid: `%1$s response to %2$s${PLURAL}%1$s responses to %2$s`, forms: true },
    { msgid: `One Response to %2$s${PLURAL}%1$s Responses to %2$s`, forms: true },
  ],
  quoted: ['&#8220;%s&#8221;'],
  olderComments: ['&laquo; Older Comments'],
  newerComments: ['Newer Comments &raquo;'],
  loggedInAs: ['Logged in as %s.', { msgid: 'Logged in as <a href="%1$s">%2$s</a>.', derive: (s) => s.replace('<a href="%1$s">%2$s</a>', '%s') }],
};

/**
 * Every character reference WordPress's translations write in these strings (`Categorie&#235;n`,
 * `&laquo;`), decoded once, here: the widgets show text, never HTML. A named one not in this table
 * stops the generator, to be added.
 */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED = {
  // HTML's names for U+00A0…U+00FF, in that order
  ...Object.fromEntries(LATIN_1.split(' ').map((name, i) => [name, String.fromCodePoint(0xa0 + i)])),
  ...{ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', sbquo: '‚', lsaquo: '‹', rsaquo: '›' },
  ...{
    hellip: '…',
    ndash: '–',
    mdash: '—',
    rarr: '→',
    larr: '←',
    euro: '€',
    OElig: 'Œ',
    oelig: 'œ',
    Scaron: 'Š',
    scaron: 'š',
    Yuml: 'Ÿ',
    zwnj: '\u200c',
    zwj: '\u200d',
  },
};

/** A placeholder with quotation marks of some language around it. */
const QUOTED_TITLE = /[«»“”„‟"‘’‚‹›「」『』]\s?%(\d\$)?s|%(\d\$)?s\s?[«»“”„‟"‘’‚‹›「」『』]/;

function decodeReferences(text) {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal, hex, name) => {
    if (decimal || hex) return String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex, 16));
    if (!(name in NAMED)) throw new Error(`${whole} in ${JSON.stringify(text)}: add it to NAMED in scripts/i18n.js`);
    return NAMED[name];
  });
}

/** A .mo file as a Map of msgid (with "context\u0004", plurals joined by NUL) to msgstr. */
export function readMo(path) {
  const mo = readFileSync(path);
  const magic = mo.readUInt32LE(0);
  if (magic !== 0x950412de && magic !== 0xde120495) throw new Error(`${path} is not a .mo file`);
  const u32 = (at) => (magic === 0x950412de ? mo.readUInt32LE(at) : mo.readUInt32BE(at));
  const [count, originals, translations] = [u32(8), u32(12), u32(16)];
  const string = (table, i) => mo.toString('utf8', u32(table + i * 8 + 4), u32(table + i * 8 + 4) + u32(table + i * 8));
  const entries = new Map();
  for (let i = 0; i < count; i++) entries.set(string(originals, i), string(translations, i));
  return entries;
}

/**
 * A catalog's Plural-Forms rule ("nplurals=3; plural=n==1 ? 0 : …;"): the expression, as the
 * source of a JavaScript function of `n`, and that function, for here. gettext's C expression is
 * JavaScript once its comparisons' true/false are made 1/0 (`+(…)`); anything but `n`, numbers and
 * C's operators is refused, so that no text of a .mo file becomes code. Without a rule, gettext's
 * default, English's.
 */
function pluralRule(header) {
  const [, count = '2', expression = 'n != 1'] = /Plural-Forms:\s*nplurals\s*=\s*(\d+);\s*plural\s*=\s*([^;\n]+)/.exec(header) ?? [];
  const clean = expression.trim().replace(/\s+/g, ' ');
  if (!/^[n\d\s()?:<>=!%&|]+$/.test(clean)) throw new Error(`Plural-Forms "${expression}" is not a plural rule`);
  // The rule, vetted above, run here at generation.
  const raw = new Function('n', `return ${clean}`);
  const rule = (n) => +raw(n);
  // `+` only where the rule gives true/false for some number (typescript-eslint refuses it on a number)
  const numeric = Array.from({ length: 1001 }, (_, n) => typeof raw(n) === 'number').every(Boolean);
  const source = /^\d+$/.test(clean) ? `() => ${clean}` : numeric ? `(n: number) => ${clean}` : `(n: number) => +(${clean})`;
  return { count: Number(count), expression: clean, source, rule };
}

/** src/i18n/en.ts and the thread's en-thread.ts, compiled in memory. */
async function english() {
  const strings = {};
  for (const file of ['en.ts', 'en-thread.ts']) {
    const module = await compiled(file);
    Object.assign(strings, module.en ?? module.threadStrings);
  }
  return strings;
}

/** A module of src/i18n/, compiled in memory. */
async function compiled(file) {
  const source = readFileSync(join(root, 'src/i18n', file), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

function packageVersion() {
  try {
    return `Debian's wordpress-l10n ${execFileSync('dpkg-query', ['-W', '-f=${Version}', 'wordpress-l10n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })}`;
  } catch {
    return 'WordPress .mo files';
  }
}

/**
 * Python's gettext (a reading of .mo files that is not ours) on every locale: each plural rule at
 * 0…200, and what WordPress would print for the comment count and the thread's title at COUNTS.
 * `undefined` where Python 3 is missing: the translations are made all the same, unchecked.
 */
function pythonGettext() {
  const program = String.raw`
import gettext, json, os, sys
folder, locales, counts = sys.argv[1], sys.argv[2].split(), [int(n) for n in sys.argv[3].split()]
out = {}
for locale in locales:
    t = None
    for name in (locale + '.mo', 'admin-' + locale + '.mo'):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with open(path, 'rb') as f:
                c = gettext.GNUTranslations(f)
            if t: t.add_fallback(c)
            else: t = c
    cats = [t] + ([t._fallback] if t._fallback else [])
    def has(msgid, plural=False):
        return any(((msgid, 0) if plural else msgid) in c._catalog and (c._catalog[(msgid, 0)] if plural else c._catalog[msgid]) for c in cats)
    def one(msgid):
        return t.gettext(msgid) if has(msgid) else None
    def many(msgid, plural, n):
        return t.ngettext(msgid, plural, n) if has(msgid, True) else None
    comments, titles = {}, {}
    for n in counts:
        if n == 0: comments[n] = one('No Comments')
        elif n == 1: comments[n] = one('1 Comment')
        else: comments[n] = many('%s Comment', '%s Comments', n) or one('% Comments')
        if n == 1: titles[n] = one('One response to %s') or many('One Response to %2$s', '%1$s Responses to %2$s', 1)
        elif n > 1: titles[n] = many('%1$s response to %2$s', '%1$s responses to %2$s', n) or many('One Response to %2$s', '%1$s Responses to %2$s', n)
    out[locale] = {'plural': [t.plural(n) for n in range(201)], 'comments': comments, 'titles': titles}
print(json.dumps(out))
`;
  try {
    return JSON.parse(execFileSync('python3', ['-c', program, dir, LOCALES.join(' '), COUNTS.join(' ')], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  } catch (error) {
    console.warn(`Python's gettext did not run (${error.message.split('\n')[0]}): plural rules not checked, no test expectations written`);
    return undefined;
  }
}

const placeholders = (text) => [...new Set(text.match(/%(\d\$)?s/g) ?? [])].sort().join();
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const shown = (msgid) => JSON.stringify(msgid.replace(CONTEXT, ' | ').replace(PLURAL, ' | ')); // for comments: "context | msgid"

const en = await english();
const source = `${packageVersion()} (${dir})`;
const python = pythonGettext();
/** For the tests: each locale's msgstr by msgid, the strings its module has, and what Python's gettext prints for counts. */
const testData = { source, counts: COUNTS, locales: {}, strings: {}, counted: {} };
/** The keys each locale leaves in English. */
const leftInEnglish = {};
let problems = 0;
for (const existing of readdirSync(join(root, 'src/i18n/translations'))) rmSync(join(root, 'src/i18n/translations', existing));
for (const locale of LOCALES) {
  const files = [`${locale}.mo`, `admin-${locale}.mo`].filter((file) => existsSync(join(dir, file)));
  const catalogs = files.map((file) => [file, readMo(join(dir, file))]);
  const header = catalogs[0][1].get('') ?? '';
  const revision = /PO-Revision-Date: ([^\n]*)/.exec(header)?.[1] ?? 'unknown';
  const plural = pluralRule(header);
  // A form for every number (the widgets look no further), and one rule, wherever the forms come from.
  const outside = Array.from({ length: 1001 }, (_, n) => n).find((n) => !(plural.rule(n) >= 0 && plural.rule(n) < plural.count));
  if (outside !== undefined)
    throw new Error(`${locale}: its plural rule gives ${String(plural.rule(outside))} for ${String(outside)}, beyond nplurals=${String(plural.count)}`);
  for (const [file, catalog] of catalogs.slice(1)) {
    const { rule } = pluralRule(catalog.get('') ?? '');
    if (Array.from({ length: 201 }, (_, n) => rule(n) !== plural.rule(n)).some(Boolean)) throw new Error(`${file}'s Plural-Forms differ from ${files[0]}'s`);
  }
  if (python) {
    const wrong = python[locale].plural.findIndex((form, n) => form !== plural.rule(n));
    if (wrong >= 0) {
      console.error(
        `${locale}: the plural rule "${plural.expression}" gives ${String(plural.rule(wrong))} for ${String(wrong)}, Python's gettext ${String(python[locale].plural[wrong])}`,
      );
      problems++;
    }
  }
  const complete = locale in ours;
  const found = (testData.locales[locale] = {});
  const expected = (testData.strings[locale] = {});
  const missing = (leftInEnglish[locale] = []);
  const lines = [];
  let counted = false;
  for (const [key, english] of Object.entries(en)) {
    // Older catalogs' titles ("Один комментарий на «%2$s»", from "One Response to %2$s") quote the
    // post's title themselves: it goes in as it is, or it would show in two pairs of quotes.
    if (key === 'quoted' && [expected.oneResponseTo, expected.responsesTo].flat().some((title) => QUOTED_TITLE.test(title ?? ''))) {
      expected[key] = '%s';
      lines.push("  // none: this catalog's titles put the post's title in quotes themselves", `  ${key}: '%s',`);
      continue;
    }
    const candidates = WORDPRESS[key] ?? [english];
    let entry;
    for (const candidate of candidates) {
      const { msgid, derive, forms } = typeof candidate === 'string' ? { msgid: candidate } : candidate;
      for (const [file, catalog] of catalogs) {
        const msgstr = catalog.get(msgid);
        if (!msgstr || msgstr.split(PLURAL).some((form) => !form)) continue; // absent, or untranslated ("")
        found[msgid] = msgstr;
        // Some catalogs print the number with %d; the widgets give it formatted ("1.234"), as %s.
        const text = decodeReferences(derive ? derive(msgstr, plural.rule) : msgstr).replace(/%(\d\$)?d/g, '%$1s');
        const all = forms ? text.split(PLURAL) : [text];
        if (forms && all.length !== plural.count) {
          console.warn(`${locale} ${key}: ${String(all.length)} forms of ${shown(msgid)} for nplurals=${String(plural.count)}; not used`);
          continue;
        }
        // A plural form may leave out the number ("One response to %2$s"), never add one nor garble one.
        const fits = (form) =>
          all.length > 1
            ? placeholders(form)
                .split(',')
                .every((p) => !p || placeholders(english).includes(p)) && !/%(?!(\d\$)?s)/.test(form)
            : placeholders(form) === placeholders(english) && !/%(?!(\d\$)?s)/.test(form);
        if (!all.every(fits)) {
          console.warn(`${locale} ${key}: ${JSON.stringify(text)} (${file}) has other placeholders than ${JSON.stringify(english)}; not used`);
          if (complete) problems++;
          continue;
        }
        // A form without the number says one ("Viena atbilde uz %2$s"): only right if the rule gives
        // it to 1 alone, not to 21 and 101 too (lv), nor to 3 (sl_SI's "Trije odzivi").
        const number = /%(?:1\$)?s/.exec(english)?.[0];
        const wrongNumber = Array.from({ length: 1000 }, (_, n) => n + 1).find(
          (n) => n !== 1 && all.length > 1 && number && !all[plural.rule(n)].includes(number),
        );
        if (wrongNumber !== undefined) {
          console.warn(
            `${locale} ${key}: ${JSON.stringify(all[plural.rule(wrongNumber)])} (${file}), the form for ${String(wrongNumber)}, does not say the number; not used`,
          );
          if (complete) problems++;
          continue;
        }
        entry ??= {
          text: forms && all.length > 1 ? all : all[0],
          note: `WordPress: ${shown(msgid)}${derive ? ', adapted' : ''}${forms && all.length > 1 ? ', its plural forms' : ''} (${file})`,
        };
      }
    }
    const own = ours[locale]?.[key];
    if (entry && own) console.warn(`${locale} ${key}: WordPress has it; our translation is not used`);
    entry ??= own && { text: own, note: `ours: ${shown(english)} is not in ${files.join(' nor ')} (${revision.slice(0, 4)})` };
    if (!entry) {
      if (complete) {
        console.error(`${locale}: no translation of ${key} (${JSON.stringify(english)}): add one to scripts/i18n-ours.js`);
        problems++;
      }
      missing.push(key);
      continue;
    }
    counted ||= Array.isArray(entry.text);
    expected[key] = entry.text;
    lines.push(`  // ${entry.note}`, `  ${key}: ${Array.isArray(entry.text) ? `[${entry.text.map(quote).join(', ')}]` : quote(entry.text)},`);
  }
  if (counted) lines.push(`  // The plural rule of ${files[0]}: "${plural.expression}"`, `  plural: ${plural.source},`);
  if (python) testData.counted[locale] = { comments: python[locale].comments, titles: python[locale].titles };
  const module = [
    '// SPDX-License-Identifier: GPL-2.0-or-later',
    `// ${locale}: generated by scripts/i18n.js from ${files.join(' and ')} of ${packageVersion()}`,
    `// (PO-Revision-Date ${revision}). Do not edit: change scripts/i18n-ours.js or the .mo files and run it again.`,
    "// WordPress's translations, GPL-2.0-or-later as WordPress's are (LICENSE-GPL-2.0); the rest of press-widgets is MIT (LICENSE).",
    ...(missing.length ? [`// In English, as not in ${files.join(' nor ')}: ${missing.join(', ')}.`] : []),
    '', // a comment standing apart stays in what TypeScript emits (lib/), the import's own would go with it
    "import type { Catalog } from '../strings.js';",
    '',
    'export default {',
    ...lines,
    '} satisfies Catalog;',
    '',
  ].join('\n');
  await write(`src/i18n/translations/${locale}.ts`, module);
}

/** `text` written to `path` (under the repository), formatted as `npm run lint` wants it. */
async function write(path, text) {
  const options = await prettier.resolveConfig(join(root, path));
  writeFileSync(join(root, path), path.endsWith('.ts') ? await prettier.format(text, { ...options, filepath: join(root, path) }) : text);
}

// The table `lang` is matched with (src/i18n/match.ts, in the chunk of match-locale.ts): every
// locale, and an alias for a language whose own tag reaches none of its locales ("no", as browsers
// may still send it for Norwegian Bokmål; "ta", whose likeliest region is India, for Sri Lanka's ta_LK).
const list = ` ${LOCALES.join(' ')} `;
const { localeFor } = await compiled('match.ts');
const aliases = { no: 'nb_NO' };
for (const language of new Set(LOCALES.map((locale) => locale.split('_')[0]))) {
  const ofLanguage = LOCALES.filter((locale) => locale.split('_')[0] === language);
  // English is built in: "en" and "en-US" stay English, en_CA is only for "en-CA".
  if (language !== 'en' && !localeFor(language, list, aliases) && ofLanguage.length === 1) aliases[language] = ofLanguage[0];
}
for (const locale of LOCALES) {
  const reached = localeFor(locale.replace('_', '-'), list, aliases);
  if (reached !== locale) throw new Error(`lang="${locale.replace('_', '-')}" gets ${String(reached)}, not ${locale}`);
}
await write(
  'src/i18n/locales.ts',
  [
    `// Generated by scripts/i18n.js from the .mo files of ${packageVersion()}: do not edit.`,
    '',
    '/** Every locale there is a translation for (src/i18n/translations/), each with a space on either side. */',
    `export const LOCALES = ${quote(list)};`,
    '',
    '/** Languages whose own tag reaches none of their locales (see localeFor()), and the locale they get. */',
    `export const ALIASES: Record<string, string | undefined> = ${JSON.stringify(aliases)};`,
    '',
  ].join('\n'),
);

// docs/languages.md: which `lang` gets which translation, and what each leaves in English.
// (Also the tags src/i18n/languages.ts is checked against, below.)
const SAMPLES = [
  'en',
  'en-US',
  'en-GB',
  'pt',
  'pt-PT',
  'pt-AO',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'zh-TW',
  'zh-HK',
  'zh-MO',
  'zh-SG',
  'zh-Hans-TW',
  'nb',
  'no',
  'nn',
  'he',
  'iw',
  'es-MX',
  'es-419',
  'de-AT',
  'fr-CA',
  'ar-EG',
  'sr-Latn',
  'ta-IN',
  'nl',
  'nl-BE',
  'ru-UA',
  'xx',
];
const tags = [...new Set([...LOCALES.flatMap((locale) => [locale.split('_')[0], locale.replace('_', '-')]), ...SAMPLES])];

// The bundle's own test of a `lang` (src/i18n/languages.ts): whether its language has a translation,
// so that the table and its matching load (match-locale.ts's chunk) only when one may be found, and
// an English page, or one in a language without a translation, loads nothing. English: only the
// regions there are locales of (en_CA is "en-CA", not "en-US").
// (mayTranslate() reads the language as Intl does, with its likely region: "in" is "id-ID".)
const languages = [
  ...new Set([
    ...LOCALES.map((locale) => (locale.startsWith('en_') ? locale.replace('_', '-').toLowerCase() : locale.split('_')[0])),
    ...Object.keys(aliases).map((alias) => new Intl.Locale(alias).maximize().language),
  ]),
].sort();
const LANGUAGES = new RegExp(`^(?:${languages.join('|')})\\b`, 'i');
const { mayTranslate } = await compiled('translated.ts');
// Tags written as WordPress and browsers write them, and other codes Intl reads as a language of the table.
const CHECKED = ['in', 'iw', 'mo', 'jw', 'sh', 'ji', 'cmn', 'cmn-Hans-CN', 'slo', 'srp', 'bos', 'arb', 'pes', 'und-TW', 'en-Latn-CA', 'EN-ca', 'en-US'];
for (const tag of [...tags, ...CHECKED]) {
  if (mayTranslate(tag, LANGUAGES) !== (localeFor(tag, list, aliases) !== undefined))
    throw new Error(`mayTranslate() and localeFor() disagree on lang="${tag}"`);
}
await write(
  'src/i18n/languages.ts',
  [
    `// Generated by scripts/i18n.js from the .mo files of ${packageVersion()}: do not edit.`,
    '',
    '/** The languages there is a translation for (see strings.ts); English only where there is a locale of it. */',
    `export const LANGUAGES = ${LANGUAGES.toString()};`,
    '',
  ].join('\n'),
);

const reach = new Map(LOCALES.map((locale) => [locale, []]));
const stayEnglish = [];
for (const tag of tags) {
  const locale = localeFor(tag, list, aliases);
  (locale ? reach.get(locale) : stayEnglish).push(`\`${tag}\``);
}
const everywhere = Object.keys(en).filter((key) => LOCALES.filter((locale) => !(locale in ours)).every((locale) => leftInEnglish[locale].includes(key)));
const table = [
  `<!-- Generated by scripts/i18n.js (npm run i18n) from ${packageVersion()}: do not edit by hand. -->`,
  '',
  `${String(LOCALES.length)} locales. A page's \`lang\` (or WordPress's own locale name, \`pt_BR\`) gets the locale of its row;`,
  `these stay English and load nothing: ${stayEnglish.join(', ')}, and any language not below.`,
  '',
  '| locale | `lang` values that get it (examples) | strings | left in English |',
  '| --- | --- | --- | --- |',
  ...LOCALES.map((locale) => {
    const own = leftInEnglish[locale].filter((key) => !everywhere.includes(key) || locale in ours);
    const count = Object.keys(en).length - leftInEnglish[locale].length;
    return `| \`${locale}\` | ${reach.get(locale).join(', ') || '(only its own name)'} | ${String(count)} of ${String(Object.keys(en).length)} | ${locale in ours ? 'none (ours fill in)' : own.length ? `the common ones and ${own.map((key) => `\`${key}\``).join(', ')}` : 'the common ones'} |`;
  }),
  '',
  `"The common ones", which no locale but ours (${Object.keys(ours).join(', ')}) has in Debian's files, as WordPress added them later or they are the widgets' own: ${everywhere.map((key) => `\`${key}\``).join(', ')}.`,
].join('\n');
const docsPath = join(root, 'docs/languages.md');
const docs = readFileSync(docsPath, 'utf8');
const [begin, end] = ['<!-- locales -->', '<!-- /locales -->'];
if (!docs.includes(begin) || !docs.includes(end)) throw new Error(`docs/languages.md has no ${begin} … ${end} for the table`);
writeFileSync(docsPath, `${docs.slice(0, docs.indexOf(begin) + begin.length)}\n${table}\n${docs.slice(docs.indexOf(end))}`);

mkdirSync(join(root, 'test/fixtures/i18n'), { recursive: true });
testData.aliases = aliases;
writeFileSync(join(root, 'test/fixtures/i18n/wordpress.json'), `${JSON.stringify(testData, null, 1)}\n`);
if (problems) process.exit(1);
console.log(
  `wrote ${String(LOCALES.length)} locales to src/i18n/translations/, src/i18n/locales.ts, docs/languages.md and test/fixtures/i18n/wordpress.json from ${source}`,
);
