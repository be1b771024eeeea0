// A comment's text is HTML (`content.rendered` over REST, or the text of the theme's comment
// markup), and WordPress shows it through kses with `$allowedtags`, its allow-list for comments.
// This reads that HTML into a plain tree of the same allowed elements and of text, for the element
// to build with createElement and text nodes: it never yields an HTML string, so no untrusted markup
// reaches the HTML parser (Trusted Types), and it runs without a DOM. One pass over tokens(), so
// its time is linear in the input, whatever the markup.
import { tokens } from './html-reader.js';
import { kit } from './wordpress/kit.js';

/**
 * `$allowedtags` from wp-includes/kses.php (WordPress 6.1.9, as Debian ships it), and the `p` and
 * `br` that wpautop adds when WordPress renders a comment.
 */
const ALLOWED_ATTRIBUTES = {
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
} satisfies Record<string, readonly string[]>;

export type AllowedTag = keyof typeof ALLOWED_ATTRIBUTES;

/** Text (its character references decoded), or an allowed element with its allowed attributes. */
export type CommentNode = string | CommentElement;

export interface CommentElement {
  tag: AllowedTag;
  /** Values decoded; `href` and `cite` only when safeUrl accepts them. */
  attributes: Record<string, string>;
  children: CommentNode[];
}

/**
 * Elements nested deeper than this are read as their text, in the deepest element: no comment
 * needs more, and a hostile `<b><b><b>…` cannot make a DOM as deep as it is long.
 */
export const MAX_DEPTH = 32;

/** Attributes that hold a URL: they must pass safeUrl. */
const URL_ATTRIBUTES = new Set(['href', 'cite']);

/**
 * Elements whose content a browser does not show (`<script>`, `<style>`, `<svg>` and `<math>` are
 * skipped by tokens() already): their content is left out, not turned into text.
 */
const HIDDEN = new Set(['template', 'title', 'noscript', 'iframe', 'noembed', 'noframes']);

/** Tags that break words apart where they are dropped or flattened: htmlWords()'s list. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

/** The allowed elements that are blocks: inline end tags do not close them, `<p>` cannot hold them. */
const BLOCKS = new Set(['p', 'blockquote']);

const isAllowed = (name: string): name is AllowedTag => Object.hasOwn(ALLOWED_ATTRIBUTES, name);

/** An element open while reading: beyond MAX_DEPTH it has no node, and its content goes to its parent's. */
interface OpenElement {
  name: string;
  children: CommentNode[];
  flattened: boolean;
}

/**
 * The allowed elements and the text of a comment's HTML, as a well-formed tree: an end tag closes
 * up to its element (an inline one, not past a `<p>` or `<blockquote>`), one that closes nothing is
 * dropped, and what is left open is closed at the end; `<p>` and `<blockquote>` close an open `<p>`,
 * and `<a>` an open `<a>` (links do not nest), as in HTML. Any other tag is dropped and its text
 * kept (a block's tag as a space, an image as its `alt`), but the content of elements a browser does
 * not show. Links and citations keep only URLs that safeUrl accepts against `base` (by default the
 * page's), resolved against `base` when it is given; the element adds `rel="nofollow ugc"`.
 */
export function commentNodes(html: string, base?: string): CommentNode[] {
  const root: CommentNode[] = [];
  const open: OpenElement[] = [];
  /** Where in `open` the elements of each name are, innermost last: finding one costs no search. */
  const positions = new Map<string, number[]>();
  const innermost = (name: string): number => positions.get(name)?.at(-1) ?? -1;
  let hidden = 0; // hidden elements open
  const current = (): CommentNode[] => open.at(-1)?.children ?? root;

  const addText = (text: string): void => {
    if (text === '') return;
    const children = current();
    const last = children.at(-1);
    // One string per run of text, so that the tree read again from its own HTML is the same.
    if (typeof last === 'string') children[children.length - 1] = last + text;
    else children.push(text);
  };
  const push = (element: OpenElement): void => {
    let at = positions.get(element.name);
    if (!at) positions.set(element.name, (at = []));
    at.push(open.length);
    open.push(element);
  };
  /** Closes the innermost open `name` and what is open in it; true when that one had no node. */
  const close = (name: string): boolean => {
    for (;;) {
      const element = open.pop();
      if (!element) return false;
      positions.get(element.name)?.pop();
      if (element.name === name) return element.flattened;
    }
  };
  /** Whether an inline end tag may close `name`: it is open, and no block is open inside it. */
  const closable = (name: string): boolean => innermost(name) > Math.max(innermost('p'), innermost('blockquote'));

  for (const token of tokens(html)) {
    if (token.type === 'text') {
      if (hidden === 0) addText(kit.decodeEntities(token.text));
      continue;
    }
    const { name } = token;
    if (HIDDEN.has(name)) {
      if (token.type === 'start') hidden++;
      else if (hidden > 0) hidden--;
    } else if (hidden > 0) {
      continue;
    } else if (token.type === 'end') {
      const closes = BLOCKS.has(name) ? innermost(name) !== -1 : closable(name);
      const endedNode = closes && !close(name); // then the element's end is the break
      if (!endedNode && BREAKS.has(name)) addText(' ');
    } else if (isAllowed(name)) {
      if (BLOCKS.has(name) && innermost('p') !== -1) close('p');
      if (name === 'a' && innermost('a') !== -1) {
        if (!closable('a')) continue; // a link inside a block inside a link: its text joins the outer link
        close('a');
      }
      const children = current();
      if (open.length >= MAX_DEPTH) {
        if (BREAKS.has(name)) addText(' ');
        if (name !== 'br') push({ name, children, flattened: true });
      } else {
        const element: CommentElement = { tag: name, attributes: allowedAttributes(name, token.attributes, base), children: [] };
        children.push(element);
        if (name !== 'br') push({ name, children: element.children, flattened: false });
      }
    } else if (name === 'img') {
      addText(kit.decodeEntities(token.attributes.get('alt') ?? '')); // a smiley, as WordPress draws it
    } else if (BREAKS.has(name)) {
      addText(' ');
    }
  }
  return root;
}

function allowedAttributes(tag: AllowedTag, written: ReadonlyMap<string, string>, base: string | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const name of ALLOWED_ATTRIBUTES[tag]) {
    const value = written.get(name);
    if (value === undefined) continue;
    const decoded = kit.decodeEntities(value);
    const kept = URL_ATTRIBUTES.has(name) ? linkTo(decoded, base) : decoded;
    if (kept !== undefined) attributes[name] = kept;
  }
  return attributes;
}

/** `url` when it may be a link: resolved against `base` when given, else as written, for the page's base. */
function linkTo(url: string, base: string | undefined): string | undefined {
  const safe = kit.safeUrl(url, base);
  return safe === undefined || base === undefined ? safe : kit.parseUrl(safe, base)?.href;
}
