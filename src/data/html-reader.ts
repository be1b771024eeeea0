// Reads the HTML that WordPress renders into its REST answers (comments, titles, navigation
// blocks) in one pass, as a browser's tokenizer would, in time linear in its length: a tag, a
// quote or a comment left open consumes the rest, which is never scanned again. Not the browser's
// parser: the data layer runs without a DOM (in Node too), and untrusted markup must never reach
// the HTML parser (Trusted Types). In the WordPress chunk, the one user of it in the bundle:
// what it shares with the bundle (decodeEntities) comes in the kit (wordpress/kit.ts).
import { kit } from './wordpress/kit.js';

export type Token =
  /** Text as written: its character references are left for the normalizer to decode, once. */
  | { type: 'text'; text: string }
  /** A start tag: its name in lower case, its attributes' values as written, references and all (the first of a name wins). */
  | { type: 'start'; name: string; attributes: ReadonlyMap<string, string> }
  | { type: 'end'; name: string };

/** Elements whose content is text up to their end tag, never markup (in HTML, not in an `<svg>` or `<math>`). */
const RAW_TEXT = new Set(['script', 'style']);
/**
 * Start tags that end an `<svg>` or `<math>` in a browser (the "breakout" tags, `<font>` with
 * `color`, `face` or `size` too): an `<svg>` left open hides only itself, not the items after it.
 */
const FOREIGN_BREAKOUT = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strike strong sub sup table tt u ul var'.split(
    ' ',
  ),
);
const breaksOut = (tag: Tag): boolean =>
  FOREIGN_BREAKOUT.has(tag.name) || (tag.name === 'font' && ['color', 'face', 'size'].some((name) => tag.attributes.has(name)));
/** `<svg>` elements in which start tags are HTML's again (HTML integration points). */
const SVG_INTEGRATION = new Set(['foreignobject', 'desc', 'title']);
/** `<math>` elements in which start tags are HTML's again, but `<mglyph>` and `<malignmark>` (MathML text integration points). */
const MATH_TEXT_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);

const SLASH = 47;
const EQUALS = 61;
const GT = 62;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const isLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;
/** What ends a tag's name: a space, `/` or `>`. */
const endsName = (code: number): boolean => isSpace(code) || code === SLASH || code === GT;

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** `<svg/>`: no content follows. Not `<svg a=x/>`, whose `/` is the value's. */
  selfClosing: boolean;
  /** Where the text after the tag starts. */
  end: number;
}

/**
 * The tag whose name starts at `at` (just after `<` or `</`), or `undefined` when the input ends
 * inside it: then the browser drops it, and the rest of the input with it.
 */
function readTag(html: string, at: number): Tag | undefined {
  const skip = (from: number, matches: (code: number) => boolean): number => {
    let i = from;
    while (i < html.length && matches(html.charCodeAt(i))) i++;
    return i;
  };
  let i = skip(at, (code) => !endsName(code));
  const tag: Tag = { name: html.slice(at, i).toLowerCase(), attributes: new Map(), selfClosing: false, end: i };
  for (;;) {
    const between = i; // after the name or the last attribute
    i = skip(i, (code) => isSpace(code) || code === SLASH);
    if (i >= html.length) return undefined;
    if (html.charCodeAt(i) === GT) {
      tag.selfClosing = i > between && html.charCodeAt(i - 1) === SLASH;
      tag.end = i + 1;
      return tag;
    }
    // An attribute's name: any first character (`=` too, as in a browser), then up to a space, `/`, `>` or `=`.
    const nameStart = i;
    i = skip(i + 1, (code) => !endsName(code) && code !== EQUALS);
    const name = html.slice(nameStart, i).toLowerCase();
    i = skip(i, isSpace);
    let value = '';
    if (html.charCodeAt(i) === EQUALS) {
      i = skip(i + 1, isSpace);
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        i = skip(i, (code) => !isSpace(code) && code !== GT);
        value = html.slice(valueStart, i);
      }
    }
    if (!tag.attributes.has(name)) tag.attributes.set(name, value);
  }
}

/** Where the end tag `</name` of a raw-text element starts at or after `from`, or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    const after = html.charCodeAt(at + 2 + name.length);
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && (isSpace(after) || after === SLASH || after === GT)) return at;
  }
  return -1;
}

/**
 * Where the text after a comment whose text starts at `from` (after `<!--`) starts: after `-->` or
 * `--!>`, as in a browser, which also ends `<!-->` and `<!--->` at once; the end of the input when
 * the comment is left open.
 */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  for (let at = html.indexOf('--', from); at !== -1; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('>', at + 2)) return at + 3;
    if (html.startsWith('!>', at + 2)) return at + 4;
  }
  return html.length;
}

/** An element open inside an `<svg>` or `<math>` (the `<svg>` or `<math>` too). */
interface ForeignElement {
  name: string;
  namespace: 'svg' | 'math';
  /** An integration point: start tags in it are HTML's (an HTML `<script>` holds raw text there). */
  integration: boolean;
}

/**
 * The `<svg>` and `<math>` elements open, and the elements open in them, as a browser keeps them
 * on its stack of open elements, less the HTML elements inside their integration points. Inside,
 * `<script>` and `<style>` are markup (`<math><style></math><p title="</style>…">` is a `<p>`
 * with a title), a breakout tag ends them, and nothing is given.
 */
class ForeignElements {
  private readonly open: ForeignElement[] = [];
  /** How many of each name are open: an end tag that closes none costs no search. */
  private readonly named = new Map<string, number>();

  get inside(): boolean {
    return this.open.length > 0;
  }

  /** Reads a start tag; true when HTML's rules took it (then `<script>` and `<style>` hold raw text). */
  start(tag: Tag): boolean {
    let current = this.open.at(-1);
    if (current?.integration === false && breaksOut(tag)) {
      this.popToIntegration();
      current = this.open.at(-1);
    }
    const mathTextTag = MATH_TEXT_INTEGRATION.has(current?.name ?? '') && (tag.name === 'mglyph' || tag.name === 'malignmark');
    if (!current || (current.integration && !mathTextTag) || (current.name === 'annotation-xml' && tag.name === 'svg')) {
      if ((tag.name === 'svg' || tag.name === 'math') && !tag.selfClosing) this.push({ name: tag.name, namespace: tag.name, integration: false });
      return true;
    }
    if (!tag.selfClosing) {
      const { namespace } = current;
      const integration =
        namespace === 'svg'
          ? SVG_INTEGRATION.has(tag.name)
          : MATH_TEXT_INTEGRATION.has(tag.name) ||
            (tag.name === 'annotation-xml' && /^(?:text\/html|application\/xhtml\+xml)$/i.test(tag.attributes.get('encoding') ?? ''));
      this.push({ name: tag.name, namespace, integration });
    }
    return false;
  }

  /**
   * Reads an end tag: `</p>` and `</br>` break out as their start tags do; `</li>` ends every
   * one, as the `<li>` that a menu's icon is in closes (a browser keeps HTML's elements too, to tell).
   */
  end(name: string): void {
    if (name === 'li') while (this.pop());
    else if (name === 'p' || name === 'br') this.popToIntegration();
    else if (this.named.get(name)) while (this.pop()?.name !== name);
  }

  private push(element: ForeignElement): void {
    this.open.push(element);
    this.named.set(element.name, (this.named.get(element.name) ?? 0) + 1);
  }

  private pop(): ForeignElement | undefined {
    const last = this.open.pop();
    if (last) this.named.set(last.name, (this.named.get(last.name) ?? 1) - 1);
    return last;
  }

  /** Pops what a breakout tag ends: the elements above the last integration point, or all. */
  private popToIntegration(): void {
    while (this.open.at(-1)?.integration === false) this.pop();
  }
}

/**
 * The text runs, start tags and end tags of `html`, in order. Comments, `<!doctype>`, and the
 * contents of `<script>`, `<style>`, `<svg>` and `<math>` are skipped; a tag or comment left open
 * at the end takes the rest of the input with it, as in a browser. A `<` that opens no tag is text.
 */
export function* tokens(html: string): Generator<Token, void, undefined> {
  const foreign = new ForeignElements(); // inside an <svg> or <math>, nothing is given
  let textStart = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    const next = html.charCodeAt(at + 1);
    const closing = next === SLASH;
    let end: number; // where the text after this markup starts
    let tag: Tag | undefined;
    if (html.startsWith('<!--', at)) {
      end = commentEnd(html, at + 4);
    } else if (foreign.inside && html.startsWith('<![CDATA[', at)) {
      const close = html.indexOf(']]>', at + 9);
      end = close === -1 ? html.length : close + 3;
    } else if (next === 33 /* ! */ || next === 63 /* ? */ || (closing && at + 2 < html.length && !isLetter(html.charCodeAt(at + 2)))) {
      // `<!doctype>`, `<?…>`, `</ >`: read as comments that end at the first `>`.
      const close = html.indexOf('>', at + 2);
      end = close === -1 ? html.length : close + 1;
    } else if (isLetter(next) || (closing && isLetter(html.charCodeAt(at + 2)))) {
      tag = readTag(html, at + (closing ? 2 : 1));
      end = tag?.end ?? html.length;
    } else {
      at = html.indexOf('<', at + 1); // a `<` as text
      continue;
    }
    if (at > textStart && !foreign.inside) yield { type: 'text', text: html.slice(textStart, at) };
    textStart = end;
    if (tag) {
      let htmlRules = true;
      if (closing) foreign.end(tag.name);
      else htmlRules = foreign.start(tag);
      if (!foreign.inside && tag.name !== 'svg' && tag.name !== 'math') {
        yield closing ? { type: 'end', name: tag.name } : { type: 'start', name: tag.name, attributes: tag.attributes };
      }
      if (!closing && htmlRules && RAW_TEXT.has(tag.name)) {
        // Its content is skipped; its end tag is read as any other next time round.
        const close = rawTextEnd(html, tag.name, end);
        textStart = close === -1 ? html.length : close;
      }
    }
    at = html.indexOf('<', textStart);
  }
  if (textStart < html.length && !foreign.inside) yield { type: 'text', text: html.slice(textStart) };
}

/** Tags that break words apart, as the line breaks they stand for in a comment's text. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

/**
 * The words of a rendered HTML fragment, their character references left for the normalizer to
 * decode (decoding twice would turn a title's `&amp;amp;` into `&`). A paragraph or line break
 * becomes a space, inline tags nothing (`mit <strong>fett</strong>.` stays "mit fett."), as
 * WordPress strips tags from excerpts; an image becomes its `alt`, so that a smiley WordPress drew
 * as `<img alt=":)">` stays ":)".
 */
export function htmlWords(html: string): string[] {
  let text = '';
  for (const token of tokens(html)) {
    if (token.type === 'text') text += token.text;
    else if (BLOCKS.has(token.name)) text += ' ';
    else if (token.type === 'start' && token.name === 'img') text += token.attributes.get('alt') ?? '';
  }
  return text.split(/\s+/).filter(Boolean);
}

/** The plain text of an HTML message (an error page's), character references decoded, spaces folded. */
export function htmlText(html: string): string {
  return kit.decodeEntities(htmlWords(html).join(' ')).replace(/\s+/g, ' ').trim();
}

export interface RawMenuItem {
  /** As written: character references are left for the normalizer. */
  label: string;
  url: string;
  children: RawMenuItem[];
}

/** Menu levels read; deeper items are left out (the widgets draw no more than this). */
const MENU_LEVELS = 9;

/**
 * Menu items from rendered navigation blocks: nested `<li>`s, each labelled by its first `<a>`
 * (or, for a sub-menu that opens on click, `<button>`). Labels keep their character references
 * for the normalizer; hrefs are attribute values and lose theirs here.
 */
export function navigationItems(html: string): RawMenuItem[] {
  const root: RawMenuItem = { label: '', url: '', children: [] };
  const open = [root];
  let tooDeep = 0; // <li>s open below the last level read
  let labelled: RawMenuItem | undefined; // the item whose link text is being read
  // Items whose label has more than spaces: a flag, since trimming a label that grows at each of a
  // quarter million `<a>`s would take minutes.
  const named = new Set<RawMenuItem>();
  for (const token of tokens(html)) {
    const item = open[open.length - 1] ?? root;
    if (token.type === 'text') {
      if (labelled) {
        labelled.label += token.text;
        if (/\S/.test(token.text)) named.add(labelled);
      }
    } else if (token.name === 'li') {
      if (token.type === 'end') {
        if (tooDeep > 0) tooDeep--;
        else if (open.length > 1) open.pop();
      } else if (open.length > MENU_LEVELS) {
        tooDeep++;
        labelled = undefined;
      } else {
        const child: RawMenuItem = { label: '', url: '', children: [] };
        item.children.push(child);
        open.push(child);
      }
    } else if (token.name === 'a' || token.name === 'button') {
      if (token.type === 'end') labelled = undefined;
      else if (item !== root && tooDeep === 0 && !named.has(item)) {
        labelled = item;
        const href = token.attributes.get('href');
        if (token.name === 'a' && href !== undefined) item.url = kit.decodeEntities(href);
      }
    }
  }
  return root.children;
}
