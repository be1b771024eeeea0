// docs/elements.md, the element reference, made from custom-elements.json (which `npm run analyze`
// makes from the elements' JSDoc, and then runs this), so that the reference cannot say other than
// the code: per element its summary and description, attributes, properties, methods, events with
// their detail, slots, CSS parts and custom properties.
//
//   node scripts/reference.js          writes docs/elements.md
//   node scripts/reference.js --check  writes nothing; exits 1 if docs/elements.md is not what the
//                                      manifest gives, or if a relative link in README.md or docs/
//                                      leads to no file or no heading (run by `npm run lint`)
//
// The output depends on the manifest alone: elements by tag name, members in the manifest's order.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestFile = join(root, 'custom-elements.json');
const referenceFile = join(root, 'docs/elements.md');

/** Text for one table cell: one line, and a `|` that does not end the cell. */
function cell(text) {
  const line = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? '—' : line.replace(/\|/g, '\\|');
}

/** Code in a table cell; a type such as `'monthly' | 'yearly'` keeps its pipes escaped. */
function code(text) {
  return text === undefined || text === '' ? '—' : cell(`\`${String(text).replace(/\s+/g, ' ').trim()}\``);
}

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const isPublic = (member) => (member.privacy === undefined || member.privacy === 'public') && !member.static && !member.name.startsWith('#');

/**
 * An event's detail: its declared type (`@fires {Type} name`), else the `detail: …` code span of
 * its description (this project's JSDoc habit). A span that ends the description is taken out of
 * it, so the table does not say it twice.
 */
function eventRow(event) {
  const description = event.description ?? '';
  const span = /`detail: ([^`]+)`\.?\s*$/.exec(description) ?? /`detail: ([^`]+)`/.exec(description);
  const detail = event.type?.text ?? span?.[1];
  const said = span && span.index + span[0].length === description.length ? description.slice(0, span.index) : description;
  return [code(event.name), code(detail), cell(said)];
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  return `${method.name}(${parameters.join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

/** Where a class is imported from, unregistered and registered, as the package's exports map names them. */
function imports(element, modulePath, definitions) {
  const folder = modulePath.split('/').at(-2);
  const lines = [`import { ${element.name} } from 'press-widgets/components/${folder}.js'; // the class, unregistered`];
  const define = definitions.get(element.tagName);
  if (define) lines.push(`import 'press-widgets/define/${define.replace(/^.*\//, '').replace(/\.ts$/, '')}.js'; // registers <${element.tagName}>`);
  return lines;
}

function elementSection(element, modulePath, definitions) {
  const out = [`## \`<${element.tagName}>\``, ''];
  if (element.summary) out.push(`**${element.summary.trim()}**`, '');
  if (element.description) out.push(element.description.trim(), '');
  out.push('```js', ...imports(element, modulePath, definitions), '```', '');

  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const attributes = element.attributes ?? [];
  if (attributes.length > 0) {
    out.push('### Attributes', '');
    const rows = attributes.map((a) => {
      const field = fields.find((f) => f.name === a.fieldName);
      const property = a.fieldName ? `\`${a.fieldName}\`${field?.reflects ? ' (reflected)' : ''}` : '—';
      return [code(a.name), property, code(a.type?.text ?? field?.type?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
    });
    out.push(table(['attribute', 'property', 'type', 'default', 'description'], rows), '');
  }
  const propertiesOnly = fields.filter((f) => !attributes.some((a) => a.fieldName === f.name));
  if (propertiesOnly.length > 0) {
    out.push('### Properties', '', 'Properties without an attribute: set them from script.', '');
    const rows = propertiesOnly.map((f) => [code(f.name) + (f.readonly ? ' (read-only)' : ''), code(f.type?.text), code(f.default), cell(f.description)]);
    out.push(table(['property', 'type', 'default', 'description'], rows), '');
  }
  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length > 0) {
    out.push('### Methods', '');
    const rows = methods.map((m) => [code(signature(m)), cell(m.description)]);
    out.push(table(['method', 'description'], rows), '');
  }
  const events = element.events ?? [];
  if (events.length > 0) {
    out.push('### Events', '', 'They bubble and cross shadow roots; `detail` is typed in `HTMLElementEventMap`.', '');
    out.push(table(['event', 'detail', 'description'], events.map(eventRow)), '');
  }
  const slots = element.slots ?? [];
  if (slots.length > 0) {
    out.push('### Slots', '');
    const rows = slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
    out.push(table(['slot', 'description'], rows), '');
  }
  const parts = element.cssParts ?? [];
  if (parts.length > 0) {
    out.push('### CSS parts', '');
    const rows = parts.map((p) => [code(p.name), cell(p.description)]);
    out.push(table(['part', 'description'], rows), '');
  }
  const tokens = element.cssProperties ?? [];
  if (tokens.length > 0) {
    out.push('### CSS custom properties', '');
    const withDefaults = tokens.some((t) => t.default !== undefined);
    const rows = tokens.map((t) => [code(t.name), ...(withDefaults ? [code(t.default)] : []), cell(t.description)]);
    out.push(table(['property', ...(withDefaults ? ['default'] : []), 'description'], rows), '');
  }
  return out.join('\n');
}

function reference(manifest) {
  const definitions = new Map();
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const exported of module.exports ?? []) {
      if (exported.kind === 'custom-element-definition') definitions.set(exported.name, module.path);
    }
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.customElement && declaration.tagName) elements.push({ element: declaration, path: module.path });
    }
  }
  elements.sort((a, b) => (a.element.tagName < b.element.tagName ? -1 : a.element.tagName > b.element.tagName ? 1 : 0));
  const head = [
    '<!-- Generated by scripts/reference.js from custom-elements.json: do not edit. Change the JSDoc in src/ and run npm run analyze. -->',
    '',
    '# Element reference',
    '',
    "Every element's attributes, properties, methods, events, slots, CSS parts and custom properties,",
    "generated from `custom-elements.json` (which `npm run analyze` makes from the elements' JSDoc).",
    'How the widgets find their data, their states and their behaviour: [widgets.md](widgets.md);',
    'the tokens and parts in use: [styling.md](styling.md); the strings: [languages.md](languages.md).',
    '',
    ...elements.map(({ element }) => `- [\`<${element.tagName}>\`](#${element.tagName})${element.summary ? `: ${element.summary.trim()}` : ''}`),
    '',
  ];
  return `${[...head, ...elements.map(({ element, path }) => elementSection(element, path, definitions))].join('\n').trimEnd()}\n`;
}

/** GitHub's anchors for a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count === 0 ? slug : `${slug}-${String(count)}`);
  }
  return found;
}

const withoutFences = (markdown) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** The text outside code blocks and code spans, where links are links. */
const withoutCode = (markdown) => withoutFences(markdown).replace(/`[^`\n]*`/g, '');

function markdownFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Relative links (and images) of README.md and docs/ that lead to no file, or to no heading of one. */
function deadLinks() {
  const dead = [];
  for (const file of [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const [, target] of withoutCode(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#');
      const resolved = path ? join(dirname(file), decodeURIComponent(path)) : file;
      const where = `${relative(root, file)}: (${target})`;
      if (!existsSync(resolved)) dead.push(`${where} leads to no file`);
      else if (anchor && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor)) dead.push(`${where} leads to no heading`);
    }
  }
  return dead;
}

if (!existsSync(manifestFile)) {
  console.error('custom-elements.json is missing: run npm run analyze first.');
  process.exit(1);
}
const expected = reference(JSON.parse(readFileSync(manifestFile, 'utf8')));
if (process.argv.includes('--check')) {
  const problems = deadLinks();
  const current = existsSync(referenceFile) ? readFileSync(referenceFile, 'utf8') : '';
  if (current !== expected) problems.unshift('docs/elements.md is not what custom-elements.json gives: run npm run analyze, which rewrites it.');
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}
writeFileSync(referenceFile, expected);
