// The docs pages: docs.html?element=<tag>, one per element, made from custom-elements.json (the
// manifest `npm run build` and `npm run demo` make from the source's JSDoc): its attributes,
// properties, events, methods, parts and tokens, a live example whose attributes can be switched,
// and every state, the gallery's own specimens (gallery-specimens.ts, the table the gallery draws).
// DOM only, no innerHTML: the page keeps the demo's strict Content-Security-Policy.
import { specimenGroups } from './gallery-render.js';
import { SECTIONS, type Section } from './gallery-specimens.js';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  parameters?: { name: string; type?: { text: string } }[];
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Typed[];
  members?: Typed[];
  events?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
  slots?: Typed[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const code = (text: string): HTMLElement => el('code', {}, text);

/** Backticks in a JSDoc description as <code>. */
function prose(text = ''): (Node | string)[] {
  return text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? code(part) : part));
}

function table(caption: string, heads: string[], rows: (Node | string)[][][]): HTMLElement {
  const section = el('section', { className: 'api-section' }, el('h3', { id: caption.toLowerCase() }, caption));
  if (rows.length === 0) {
    section.append(el('p', {}, 'None.'));
    return section;
  }
  section.append(
    el(
      'table',
      { className: 'api' },
      el('thead', {}, el('tr', {}, ...heads.map((head) => el('th', { scope: 'col' }, head)))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, ...cell))))),
    ),
  );
  return section;
}

const statusLine = document.querySelector<HTMLElement>('#doc-status');
const main = document.querySelector<HTMLElement>('#doc');

async function start(): Promise<void> {
  if (!main) return;
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName));
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  const wanted = new URL(location.href).searchParams.get('element');
  const nav = document.querySelector('#element-nav');
  for (const d of elements) {
    nav?.append(el('li', {}, el('a', { href: `?element=${d.tagName}`, ...(d.tagName === wanted ? { ariaCurrent: 'page' } : {}) }, code(d.tagName))));
  }
  const d = elements.find((e) => e.tagName === wanted);
  if (!d) {
    statusLine?.replaceChildren(
      'Choose an element: ',
      ...elements.flatMap((e, i) => [i ? ', ' : '', el('a', { href: `?element=${e.tagName}` }, code(e.tagName))]),
    );
    return;
  }
  document.title = `<${d.tagName}> – press-widgets`;
  statusLine?.remove();
  main.append(
    el('h2', {}, code(`<${d.tagName}>`)),
    el('p', { className: 'summary' }, ...prose(d.summary)),
    el('p', { className: 'description' }, ...prose(d.description)),
  );

  const attributes = d.attributes ?? [];
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public');

  const section = SECTIONS.find((s) => s.element === d.tagName);
  if (section) main.append(liveExample(d.tagName, attributes));

  main.append(
    table(
      'Attributes',
      ['attribute', 'type', 'default', 'meaning'],
      attributes.map((a) => [[code(a.name)], [a.type?.text ?? ''], [a.default ?? ''], prose(a.description)]),
    ),
    table(
      'Properties',
      ['property', 'attribute', 'type', 'meaning'],
      fields.map((f) => [[code(f.name)], f.attribute ? [code(f.attribute)] : ['—'], [f.type?.text ?? ''], prose(f.description)]),
    ),
    table(
      'Methods',
      ['method', 'meaning'],
      methods.map((m) => [[code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`)], prose(m.description)]),
    ),
    table(
      'Events',
      ['event', 'detail'],
      (d.events ?? []).map((e) => [[code(e.name)], prose(e.description)]),
    ),
    table(
      'Parts',
      ['part', 'what it is'],
      (d.cssParts ?? []).map((p) => [[code(`::part(${p.name})`)], prose(p.description)]),
    ),
    table(
      'Tokens',
      ['custom property', 'used for'],
      (d.cssProperties ?? []).map((p) => [[code(p.name)], prose(p.description)]),
    ),
  );
  if (section) main.append(states(section));
}

/** The element on the demo's feed, with a switch or a field for each attribute, and its markup. */
function liveExample(tag: string, attributes: Typed[]): HTMLElement {
  const site = el('press-site', {});
  site.setAttribute('src', './feeds/ready.json');
  const widget = document.createElement(tag);
  if (tag === 'press-comment-form') widget.setAttribute('action', '/demo-api/wp-comments-post.php');
  site.append(widget);
  const markup = el('pre', {});
  const show = (): void => {
    markup.textContent = `<press-site src="./feeds/ready.json">\n  ${widget.outerHTML}\n</press-site>`;
  };
  const controls = el('div', { className: 'live-controls' }, el('strong', {}, 'Attributes'));
  for (const a of attributes.filter((x) => !['src', 'api'].includes(x.name))) {
    if (a.type?.text === 'boolean') {
      const box = el('input', { type: 'checkbox' });
      box.addEventListener('change', () => {
        widget.toggleAttribute(a.name, box.checked);
        show();
      });
      controls.append(el('label', {}, box, code(a.name)));
    } else {
      const field = el('input', { type: 'text', placeholder: a.default ?? '', spellcheck: false, autocomplete: 'off' });
      field.addEventListener('change', () => {
        if (field.value) widget.setAttribute(a.name, field.value);
        else widget.removeAttribute(a.name);
        show();
      });
      controls.append(el('label', {}, code(a.name), field));
    }
  }
  show();
  return el(
    'section',
    { className: 'api-section' },
    el('h3', { id: 'example' }, 'Live example'),
    el('div', { className: 'live' }, el('div', { className: 'specimen' }, site, markup), controls),
  );
}

/** Every state: the gallery's specimens of this element, as they are there. */
function states(gallery: Section): HTMLElement {
  return el(
    'section',
    { className: 'api-section' },
    el('h3', { id: 'states' }, 'Every state'),
    el(
      'p',
      {},
      'The gallery’s specimens (',
      el('a', { href: `./gallery.html#${gallery.id}` }, 'the gallery'),
      ' also drives the slow ones and switches themes).',
    ),
    ...specimenGroups(gallery),
  );
}

start().catch((error: unknown) => {
  if (statusLine) statusLine.textContent = `Could not read custom-elements.json (run npm run analyze): ${String(error)}`;
});
