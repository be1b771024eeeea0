import { decodeEntities } from './entities.js';
import type { ArchiveMonth, Category, CommentFormConfig, ListKey, MenuItem, RecentComment, SiteFeed, SiteLists } from './model.js';
import { safeUrl } from './safe-url.js';

type Fields = Record<string, unknown>;

/** Counts what had to be dropped or mended while reading untrusted data. */
class Problems {
  count = 0;
  /** Counts one problem; returns `null`, which the readers return for an entry to drop. */
  report(): null {
    this.count++;
    return null;
  }
}

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

// `+ 0` makes JSON's -0 a 0, which Intl would show as "-0".
const wholeNumber = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value + 0 : undefined;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? decodeEntities(value).trim() : undefined);

/** Words in a comment excerpt, as `get_comment_excerpt()` cuts it on an English-language site. */
const EXCERPT_WORDS = 20;

/** The first {@link EXCERPT_WORDS} words, then "…": a whole comment of 65,525 characters is no excerpt. */
export function firstWords(text: string): string {
  const words = text.split(/\s+/, EXCERPT_WORDS + 1);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}\u2026` : text;
}

/** A link target: unsafe or missing URLs become '' (shown as text), and count as a problem. */
function link(value: unknown, problems: Problems): string {
  const url = safeUrl(value);
  if (url === undefined && value !== undefined && value !== '') problems.report();
  return url ?? '';
}

/** An optional field: absent is fine, present but wrong is a problem and is left out. */
function optional<T>(value: unknown, read: (value: unknown) => T | undefined, problems: Problems): T | undefined {
  if (value === undefined || value === null) return undefined;
  return read(value) ?? problems.report() ?? undefined;
}

function menuItem(raw: unknown, problems: Problems, depth = 0): MenuItem | null {
  if (!isRecord(raw)) return problems.report();
  const label = text(raw.label);
  if (!label || depth > 8) return problems.report();
  const children = Array.isArray(raw.children) ? raw.children : [];
  return {
    label,
    url: link(raw.url, problems),
    children: children.flatMap((child) => menuItem(child, problems, depth + 1) ?? []),
  };
}

function archiveMonth(raw: unknown, problems: Problems): ArchiveMonth | null {
  if (!isRecord(raw)) return problems.report();
  const year = wholeNumber(raw.year, 1, 9999);
  const month = wholeNumber(raw.month, 1, 12);
  if (year === undefined || month === undefined) return problems.report();
  const count = optional(raw.count, (v) => wholeNumber(v, 0), problems);
  return { year, month, url: link(raw.url, problems), ...(count === undefined ? {} : { count }) };
}

function category(raw: unknown, problems: Problems): Category | null {
  if (!isRecord(raw)) return problems.report();
  const id = wholeNumber(raw.id, 1);
  const name = text(raw.name);
  if (id === undefined || !name) return problems.report();
  const count = optional(raw.count, (v) => wholeNumber(v, 0), problems);
  const parent = optional(raw.parent, (v) => wholeNumber(v, 0), problems);
  const totalCount = optional(raw.totalCount, (v) => wholeNumber(v, 0), problems);
  return {
    id,
    name,
    url: link(raw.url, problems),
    ...(count === undefined ? {} : { count }),
    ...(parent === undefined ? {} : { parent }),
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

function validDate(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function recentComment(raw: unknown, problems: Problems): RecentComment | null {
  if (!isRecord(raw)) return problems.report();
  const id = wholeNumber(raw.id, 1);
  const author = text(raw.author);
  const postTitle = text(raw.postTitle);
  if (id === undefined || author === undefined || postTitle === undefined) return problems.report();
  const comment: RecentComment = { id, author, postTitle, url: link(raw.url, problems) };
  const authorUrl = safeUrl(raw.authorUrl);
  if (authorUrl) comment.authorUrl = authorUrl;
  else if (raw.authorUrl) problems.report();
  const avatar = safeUrl(raw.avatar);
  if (avatar) comment.avatar = avatar;
  else if (raw.avatar) problems.report();
  const date = optional(raw.date, validDate, problems);
  if (date) comment.date = date;
  const excerpt = optional(raw.excerpt, text, problems);
  if (excerpt) comment.excerpt = firstWords(excerpt);
  return comment;
}

const readers: { [K in ListKey]: (raw: unknown, problems: Problems) => SiteLists[K][number] | null } = {
  menu: menuItem,
  archives: archiveMonth,
  categories: category,
  comments: recentComment,
};

function warn(problems: Problems, origin: string): void {
  if (problems.count > 0) {
    console.warn(`press-widgets: ignored ${String(problems.count)} malformed value(s) in the data from ${origin}.`);
  }
}

/**
 * The categories as a tree that every category is in once: of a repeated id, the first is kept;
 * a parent that is not in the list (an orphan's) becomes the top level, as in WordPress's walker;
 * a loop of parents is broken above its lowest id, the same whatever order the data came in.
 */
function untangleParents(categories: Category[], problems: Problems): Category[] {
  const byId = new Map<number, Category>();
  for (const category of categories) {
    if (byId.has(category.id)) problems.report();
    else byId.set(category.id, category);
  }
  const placed = new Set<number>(); // known to reach the top level
  const climb = new Set<number>(); // the ids met climbing from one category
  for (const start of byId.values()) {
    climb.clear();
    for (let at = start; !placed.has(at.id);) {
      climb.add(at.id);
      if (!at.parent) break;
      const parent = byId.get(at.parent);
      if (!parent) {
        at.parent = 0;
        problems.report();
        break;
      }
      if (climb.has(parent.id)) {
        const path = [...climb];
        const lowest = path.slice(path.indexOf(parent.id)).reduce((a, b) => Math.min(a, b));
        const breaksLoop = byId.get(lowest);
        if (breaksLoop) breaksLoop.parent = 0;
        problems.report();
        break;
      }
      at = parent;
    }
    for (const id of climb) placed.add(id);
  }
  return [...byId.values()];
}

function readList<K extends ListKey>(key: K, raw: unknown, problems: Problems): SiteLists[K] {
  // An own property only: `normalizeList` is public, and a key such as "constructor" reads nothing.
  const read = Object.hasOwn(readers, key) ? readers[key] : undefined;
  if (!Array.isArray(raw) || !read) {
    if (raw !== undefined) problems.report();
    return [] as SiteLists[K];
  }
  const list = raw.flatMap((entry: unknown) => read(entry, problems) ?? []);
  return (key === 'categories' ? untangleParents(list as Category[], problems) : list) as SiteLists[K];
}

/**
 * Reads one list from untrusted data. Bad entries are dropped, bad optional fields left out, and
 * all of it is reported in a single console warning naming `origin`. Never throws.
 */
export function normalizeList<K extends ListKey>(key: K, raw: unknown, origin: string): SiteLists[K] {
  const problems = new Problems();
  const list = readList(key, raw, problems);
  warn(problems, origin);
  return list;
}

function commentForm(raw: unknown, problems: Problems): CommentFormConfig | null {
  if (!isRecord(raw)) return problems.report();
  const config: CommentFormConfig = {};
  const action = optional(raw.action, safeUrl, problems);
  if (action) config.action = action;
  const postId = optional(raw.postId, (v) => wholeNumber(v, 1), problems);
  if (postId) config.postId = postId;
  return config;
}

function commentCounts(raw: unknown, problems: Problems): Record<string, number> {
  // No prototype: a post id such as "constructor" or "__proto__" finds no count.
  const counts = Object.create(null) as Record<string, number>;
  if (!isRecord(raw)) problems.report();
  else {
    for (const [post, count] of Object.entries(raw)) {
      const n = wholeNumber(count, 0);
      if (/^[1-9]\d*$/.test(post) && n !== undefined) counts[post] = n;
      else problems.report();
    }
  }
  return counts;
}

/** Reads a whole JSON feed with one warning at most; what is not in the model is ignored. Never throws. */
export function normalizeFeed(raw: unknown, origin: string): SiteFeed {
  const problems = new Problems();
  const feed: SiteFeed = {};
  if (!isRecord(raw)) {
    problems.report();
  } else {
    for (const key of Object.keys(readers) as ListKey[]) {
      if (Object.hasOwn(raw, key)) (feed as Record<ListKey, unknown>)[key] = readList(key, raw[key], problems);
    }
    const config = Object.hasOwn(raw, 'commentForm') ? commentForm(raw.commentForm, problems) : undefined;
    if (config) feed.commentForm = config;
    if (Object.hasOwn(raw, 'commentCounts')) feed.commentCounts = commentCounts(raw.commentCounts, problems);
  }
  warn(problems, origin);
  return feed;
}
