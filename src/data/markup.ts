// Reads the HTML that WordPress itself renders (wp_list_categories, wp_get_archives, the Recent
// Comments widget and block, wp_nav_menu, comment_form) from a widget's light DOM. The browser has
// already parsed it; only text and attribute values are taken from it, through the same
// normalisation as any other untrusted data.
import type { CommentFormConfig, ListKey, SiteLists } from './model.js';
import { normalizeList } from './normalize.js';

/** What a widget's wrapped markup says: its items, and the heading WordPress printed, if any. */
export interface MarkupContent<K extends ListKey> {
  items: SiteLists[K];
  heading?: string;
}

type Raw = Record<string, unknown>;

const textOf = (node: Element | null | undefined): string => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/**
 * Text for the normalizer, which decodes character references once, as data from a feed needs:
 * the HTML parser has decoded this text already, so its `&` stays as the page shows it ("&lt;b&gt;").
 */
const literal = (node: Element | null | undefined): string => textOf(node).replaceAll('&', '&amp;');

/** A count printed as "&nbsp;(1,234)" after a link, in any locale's digit grouping. */
function countAfter(li: Element): number | undefined {
  let tail = '';
  for (const node of li.childNodes) if (node.nodeType === Node.TEXT_NODE) tail += node.textContent ?? '';
  const digits = /\(\s*([\d.,\s\u00a0\u202f']+)\)/.exec(tail)?.[1]?.replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
}

const childrenMatching = (parent: Element, selector: string): Element[] => Array.from(parent.children).filter((child) => child.matches(selector));

function readCategories(root: Element): Raw[] | undefined {
  const list = root.querySelector('ul, ol');
  if (!list) return undefined;
  const categories: Raw[] = [];
  let synthetic = -1;
  // In document order, with a stack rather than recursion: a page's script may nest lists deeper
  // than the call stack goes.
  const open: { items: Element[]; next: number; parent: number }[] = [{ items: childrenMatching(list, 'li'), next: 0, parent: 0 }];
  for (let top = open.at(-1); top; top = open.at(-1)) {
    const { items, parent } = top;
    if (top.next === items.length) {
      open.pop();
      continue;
    }
    const li = items[top.next++];
    const a = li.querySelector(':scope > a');
    if (!a) continue;
    const classId = /\bcat-item-(\d+)\b/.exec(li.className)?.[1];
    // Markup without WordPress's classes still nests correctly, under made-up ids.
    const id = classId ? Number(classId) : 1_000_000_000 - ++synthetic;
    const lists = childrenMatching(li, 'ul, ol');
    // WordPress prints a parent's count padded with its descendants' posts (each counted once):
    // that is the parent's total, not its own count.
    const printed = countAfter(li);
    categories.push({ id, name: literal(a), url: a.getAttribute('href'), parent, ...(lists.length > 0 ? { totalCount: printed } : { count: printed }) });
    for (const children of lists.reverse()) open.push({ items: childrenMatching(children, 'li'), next: 0, parent: id });
  }
  return categories;
}

/** The year and month in an archive link: pretty (`/2025/07/`) or plain (`?m=202507`) permalinks. */
function archiveDate(url: string): { year: number; month?: number } | undefined {
  const match = /[?&]m=(\d{4})(\d{2})?/.exec(url) ?? /\/(\d{4})\/(?:(\d{1,2})\/?)?(?:[?#]|$)/.exec(url);
  if (!match?.[1]) return undefined;
  return { year: Number(match[1]), ...(match[2] ? { month: Number(match[2]) } : {}) };
}

function readArchives(root: Element): Raw[] | undefined {
  const links = Array.from(root.querySelectorAll('li > a[href], option[value]'));
  if (links.length === 0) return undefined;
  return links.flatMap((link) => {
    const url = link.getAttribute(link.localName === 'option' ? 'value' : 'href') ?? '';
    const date = archiveDate(url);
    if (!date) return link.localName === 'option' ? [] : [{ url }]; // the placeholder option has no date
    const count = countAfter(link.localName === 'option' ? link : (link.parentElement ?? link));
    return [{ year: date.year, month: date.month ?? 1, url, count }];
  });
}

const commentId = (url: string): number => Number(/#comment-(\d+)/.exec(url)?.[1] ?? NaN);

function readComments(root: Element): Raw[] | undefined {
  if (root.querySelector('.no-comments')) return [];
  const block = Array.from(root.querySelectorAll('.wp-block-latest-comments__comment'));
  if (block.length > 0) {
    return block.map((li) => {
      const author = li.querySelector('.wp-block-latest-comments__comment-author');
      const link = li.querySelector('.wp-block-latest-comments__comment-link');
      const url = link?.getAttribute('href') ?? '';
      return {
        id: commentId(url),
        author: literal(author),
        authorUrl: author?.getAttribute('href') ?? undefined,
        avatar: li.querySelector('img.avatar')?.getAttribute('src') ?? undefined,
        postTitle: literal(link),
        url,
        date: li.querySelector('time')?.getAttribute('datetime') ?? undefined,
        excerpt: literal(li.querySelector('.wp-block-latest-comments__comment-excerpt')) || undefined,
      };
    });
  }
  const classic = Array.from(root.querySelectorAll('li.recentcomments'));
  if (classic.length === 0) return root.querySelector('#recentcomments, .wp-block-latest-comments') ? [] : undefined;
  return classic.map((li) => {
    const authorBox = li.querySelector('.comment-author-link');
    const link = Array.from(li.querySelectorAll(':scope > a')).at(-1);
    const url = link?.getAttribute('href') ?? '';
    return {
      id: commentId(url),
      author: literal(authorBox),
      authorUrl: authorBox?.querySelector('a')?.getAttribute('href') ?? undefined,
      postTitle: literal(link),
      url,
    };
  });
}

/** Levels of a wrapped menu read: one more than the normalizer keeps, so that it warns of the rest. */
const MENU_DEPTH = 10;

function readMenu(root: Element): Raw[] | undefined {
  const list = root.querySelector('ul, ol');
  if (!list) return undefined;
  // One level deeper than the normalizer keeps (it warns of what it drops), and no deeper: a page's
  // script may nest lists deeper than the call stack goes.
  const walk = (ul: Element, depth: number): Raw[] =>
    childrenMatching(ul, 'li').map((li) => {
      const a = li.querySelector(':scope > a');
      const sub = li.querySelector(':scope > ul, :scope > ol');
      return { label: literal(a), url: a?.getAttribute('href'), children: sub && depth < MENU_DEPTH ? walk(sub, depth + 1) : [] };
    });
  return walk(list, 0);
}

const readers: Record<ListKey, (root: Element) => Raw[] | undefined> = {
  categories: readCategories,
  archives: readArchives,
  comments: readComments,
  menu: readMenu,
};

/** Reads a widget's wrapped WordPress markup, or `undefined` when it wraps none. */
export function readMarkup<K extends ListKey>(key: K, host: Element): MarkupContent<K> | undefined {
  const raw = readers[key](host);
  if (!raw) return undefined;
  const heading = textOf(host.querySelector('h1, h2, h3, h4, .widget-title, .wp-block-heading'));
  return {
    items: normalizeList(key, raw, `the markup inside <${host.localName}>`),
    ...(heading ? { heading } : {}),
  };
}

/** Reads `comment_form()` markup: where it posts and for which post. */
export function readCommentFormMarkup(host: Element): CommentFormConfig {
  const form = host.querySelector('form');
  const config: CommentFormConfig = {};
  const action = form?.getAttribute('action');
  if (action) config.action = action;
  const postId = Number(form?.querySelector<HTMLInputElement>('[name="comment_post_ID"]')?.value);
  if (Number.isInteger(postId) && postId > 0) config.postId = postId;
  return config;
}
