// Makes the built-in translations, src/i18n/translations/<locale>.ts, from WordPress's own .mo
// files, and test/fixtures/i18n/wordpress.json, the msgstr of every msgid used, for the tests to
// compare with what the widgets show.
//
//   node scripts/i18n.js [languages-dir]
//
// languages-dir: WordPress's wp-content/languages (default: Debian's wordpress-l10n package,
// `apt-get install wordpress-l10n`). Any newer set of WordPress .mo files works the same way.
// Each English string (src/i18n/en.ts) is looked up by its WordPress msgid(s) below in
// <locale>.mo, then admin-<locale>.mo; a string WordPress does not have takes our own translation
// from scripts/i18n-ours.js, marked as ours in the generated module. A string with neither is an
// error: every language is complete.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ours } from './i18n-ours.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? '/usr/share/wordpress/wp-content/languages');
const LOCALES = ['de_DE', 'es_ES', 'fr_FR', 'ja', 'pt_BR'];
const CONTEXT = '\u0004'; // gettext: "context\u0004msgid"

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
  // get_comments_number_text(): _n( '%s Comment', '%s Comments', $number ), the form for more than one.
  // (WordPress before 4.x: __( '% Comments' ), the % being the number.)
  manyComments: [
    { msgid: '%s Comment\u0000%s Comments', derive: (s) => s.split('\u0000').at(-1) },
    { msgid: '% Comments', derive: (s) => s.replace('%', '%s') },
  ],
  // The Comments Title block: _n( '%1$s response to %2$s', '%1$s responses to %2$s', $count ), the
  // form for more than one; its quotes, and the comment pages' links, written as character references.
  // Older catalogs have the default theme's comments.php title: "One Response to %2$s" / "%1$s Responses to %2$s".
  oneResponseTo: [
    'One response to %s',
    { msgid: 'One Response to %2$s\u0000%1$s Responses to %2$s', derive: (s) => s.split('\u0000')[0].replace('%2$s', '%s').replace('%1$s', '1') },
  ],
  responsesTo: [
    { msgid: '%1$s response to %2$s\u0000%1$s responses to %2$s', derive: (s) => s.split('\u0000').at(-1) },
    { msgid: 'One Response to %2$s\u0000%1$s Responses to %2$s', derive: (s) => s.split('\u0000').at(-1) },
  ],
  quoted: [{ msgid: '&#8220;%s&#8221;', derive: (s) => decodeReferences(s) }],
  olderComments: [{ msgid: '&laquo; Older Comments', derive: (s) => decodeReferences(s) }],
  newerComments: [{ msgid: 'Newer Comments &raquo;', derive: (s) => decodeReferences(s) }],
  loggedInAs: ['Logged in as %s.', { msgid: 'Logged in as <a href="%1$s">%2$s</a>.', derive: (s) => s.replace('<a href="%1$s">%2$s</a>', '%s') }],
};

/** The character references WordPress writes in these strings, decoded once, here. */
function decodeReferences(text) {
  const named = { laquo: '«', raquo: '»', amp: '&', nbsp: '\u00a0', quot: '"', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal, hex, name) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? whole),
  );
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

/** src/i18n/en.ts and the thread's en-thread.ts, compiled in memory. */
async function english() {
  const strings = {};
  for (const file of ['en.ts', 'en-thread.ts']) {
    const source = readFileSync(join(root, 'src/i18n', file), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
    Object.assign(strings, module.en ?? module.threadStrings);
  }
  return strings;
}

function packageVersion() {
  try {
    return `Debian's wordpress-l10n ${execFileSync('dpkg-query', ['-W', '-f=${Version}', 'wordpress-l10n'], { encoding: 'utf8' })}`;
  } catch {
    return 'WordPress .mo files';
  }
}

const placeholders = (text) => (text.match(/%(\d\$)?s/g) ?? []).sort().join();
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const shown = (msgid) => JSON.stringify(msgid.replace(CONTEXT, ' | ')); // for comments: "context | msgid"

const en = await english();
const source = `${packageVersion()} (${dir})`;
const testData = { source, locales: {} };
let problems = 0;
for (const locale of LOCALES) {
  const files = [`${locale}.mo`, `admin-${locale}.mo`].filter((file) => existsSync(join(dir, file)));
  if (files.length === 0) throw new Error(`no ${locale}.mo in ${dir}`);
  const catalogs = files.map((file) => [file, readMo(join(dir, file))]);
  const revision = /PO-Revision-Date: ([^\n]*)/.exec(catalogs[0][1].get('') ?? '')?.[1] ?? 'unknown';
  const found = (testData.locales[locale] = {});
  const lines = [];
  for (const [key, english] of Object.entries(en)) {
    const candidates = WORDPRESS[key] ?? [english];
    let entry;
    for (const candidate of candidates) {
      const { msgid, derive } = typeof candidate === 'string' ? { msgid: candidate } : candidate;
      for (const [file, catalog] of catalogs) {
        const msgstr = catalog.get(msgid);
        if (!msgstr) continue; // absent, or untranslated ("")
        found[msgid] = msgstr;
        entry ??= { text: derive ? derive(msgstr) : msgstr, note: `WordPress: ${shown(msgid)}${derive ? ', adapted' : ''} (${file})` };
      }
    }
    const own = ours[locale]?.[key];
    if (entry && own) console.warn(`${locale} ${key}: WordPress has it; our translation is not used`);
    entry ??= own && { text: own, note: `ours: ${shown(english)} is not in ${files.join(' nor ')} (${revision.slice(0, 4)})` };
    if (!entry) {
      console.error(`${locale}: no translation of ${key} (${JSON.stringify(english)}): add one to scripts/i18n-ours.js`);
      problems++;
      continue;
    }
    if (placeholders(entry.text) !== placeholders(english)) {
      console.error(`${locale} ${key}: ${JSON.stringify(entry.text)} has other placeholders than ${JSON.stringify(english)}`);
      problems++;
    }
    lines.push(`  // ${entry.note}`, `  ${key}: ${quote(entry.text)},`);
  }
  const module = [
    '// SPDX-License-Identifier: GPL-2.0-or-later',
    `// ${locale}: generated by scripts/i18n.js from ${files.join(' and ')} of ${packageVersion()}`,
    `// (PO-Revision-Date ${revision}). Do not edit: change scripts/i18n-ours.js or the .mo files and run it again.`,
    "// WordPress's translations, GPL-2.0-or-later as WordPress's are (LICENSE-GPL-2.0); the rest of press-widgets is MIT (LICENSE).",
    '', // a comment standing apart stays in what TypeScript emits (lib/), the import's own would go with it
    "import type { Catalog } from '../strings.js';",
    '',
    'export default {',
    ...lines,
    '} satisfies Catalog;',
    '',
  ].join('\n');
  writeFileSync(join(root, `src/i18n/translations/${locale}.ts`), module);
}
mkdirSync(join(root, 'test/fixtures/i18n'), { recursive: true });
writeFileSync(join(root, 'test/fixtures/i18n/wordpress.json'), `${JSON.stringify(testData, null, 2)}\n`);
if (problems) process.exit(1);
console.log(`wrote src/i18n/translations/{${LOCALES.join(',')}}.ts and test/fixtures/i18n/wordpress.json from ${source}`);
