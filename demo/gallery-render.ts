// Draws the specimens of gallery-specimens.ts, for the gallery and for the docs pages: each one a
// captioned frame with its markup under it. DOM only, no innerHTML: both pages keep the demo's
// strict Content-Security-Policy.
import type { Markup, Section, Specimen, Tag } from './gallery-specimens.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** `backticks` as <code>. */
const prose = (text: string): (Node | string)[] => text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? el('code', {}, part) : part));

function build(markup: Markup): Node {
  if (typeof markup === 'string') return document.createTextNode(markup);
  const node = document.createElement(markup.tag);
  for (const [name, value] of Object.entries(markup.attributes)) node.setAttribute(name, value === true ? '' : value);
  node.append(...markup.children.map(build));
  return node;
}

const ENTITIES: Partial<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
/** As the browser serializes: in text & < > and no-break spaces, in an attribute's value & " and no-break spaces. */
const escape = (text: string, special: RegExp): string => text.replace(special, (c) => ENTITIES[c] ?? c);

/** A boolean attribute as its bare name (`show-counts`), as people write it. */
const openTag = ({ tag, attributes }: Tag): string =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value, /[&"\u00a0]/g)}"`))
    .join('')}>`;

const written = (markup: Markup): string =>
  typeof markup === 'string' ? escape(markup, /[&<>\u00a0]/g) : `${openTag(markup)}${markup.children.map(written).join('')}</${markup.tag}>`;

/** Paragraphs, and what a widget wraps (WordPress's HTML), are shown on one line, as WordPress prints them. */
const oneLine = ({ tag }: Tag): boolean => tag === 'p' || (tag.startsWith('press-') && tag !== 'press-site');
const stacks = (tag: Tag): boolean => !oneLine(tag) && tag.children.length > 0 && tag.children.every((child) => typeof child !== 'string');

/** The markup as a site owner lays it out: an element that holds only elements has one per line, indented. */
function source(markup: Markup, indent = ''): string {
  if (typeof markup === 'string' || !stacks(markup)) return indent + written(markup);
  return [indent + openTag(markup), ...markup.children.map((child) => source(child, `${indent}  `)), `${indent}</${markup.tag}>`].join('\n');
}

/**
 * A held comment cannot come from a feed: the site shows it only to its author, just after they
 * sent it. So the "held" specimens' form tells its thread of one, as it does once the site has held
 * a comment, when the thread is loaded and first in view (it takes the focus, as a comment just
 * sent does).
 */
function sendHeldComment(thread: Element): void {
  let loaded = false;
  let seen = false;
  const send = (): void => {
    if (!loaded || !seen) return;
    const detail = {
      id: 9001,
      status: 'pending',
      url: undefined,
      postId: Number(thread.getAttribute('post-id')),
      parent: 41,
      author: 'Dana Whitfield',
      content: 'Would a second rangefinder be too heavy for a lander this small?\n\nAsking for the third mission.',
    };
    thread.parentElement
      ?.querySelector('press-comment-form')
      ?.dispatchEvent(new CustomEvent('press-comment-posted', { bubbles: true, composed: true, detail }));
  };
  thread.addEventListener(
    'press-load',
    () => {
      loaded = true;
      send();
    },
    { once: true },
  );
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    seen = true;
    send();
  });
  observer.observe(thread);
}

function figure(specimen: Specimen, captionInEnglish: boolean): HTMLElement {
  const caption = el('figcaption', captionInEnglish ? { lang: 'en', dir: 'ltr' } : {}, el('span', { className: 'state' }, specimen.state));
  if (specimen.note) caption.append(el('span', { className: 'note' }, ...prose(specimen.note)));
  const frame = el('div', { className: specimen.frame ? `frame ${specimen.frame}` : 'frame' }, ...specimen.content.map(build));
  if (specimen.lang) frame.lang = specimen.lang;
  if (specimen.dir) frame.dir = specimen.dir;
  frame.querySelectorAll('press-comments[data-state="held"]').forEach(sendHeldComment);
  const markup = el(
    'details',
    { className: 'markup', dir: 'ltr', lang: 'en' },
    el('summary', {}, 'Markup'),
    el('pre', {}, el('code', {}, specimen.content.map((m) => source(m)).join('\n'))),
  );
  return el('figure', { className: 'specimen' }, caption, frame, markup);
}

/** A section's specimens with their sub-headings, without its title and introduction. */
export function specimenGroups(section: Section): HTMLElement[] {
  const groups = section.groups.flatMap((group) => [
    ...(group.heading ? [el('h3', { id: group.heading.id }, ...prose(group.heading.text))] : []),
    el('div', { className: group.layout ? `specimens ${group.layout}` : 'specimens' }, ...group.specimens.map((s) => figure(s, section.rtl !== undefined))),
  ]);
  return section.rtl ? [el('div', { className: 'rtl-block', dir: 'rtl', lang: section.rtl }, ...groups)] : groups;
}

export function renderSection(section: Section): HTMLElement {
  const titleId = `${section.id}-title`;
  const node = el(
    'section',
    { className: 'widget-section', id: section.id },
    el('h2', { id: titleId }, ...prose(section.title)),
    el('p', { className: 'intro' }, ...prose(section.intro)),
    ...specimenGroups(section),
  );
  node.setAttribute('aria-labelledby', titleId);
  return node;
}
