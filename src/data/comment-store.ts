// What the comment form keeps in the visitor's browser: the draft of each comment (always: losing
// what one typed is the worst a comment form can do) and, only with the visitor's consent, their
// name, email and website. Kept in `localStorage`, so that both survive a crash, a closed tab and a
// navigation back; nothing is sent anywhere.

/** A comment being written. `lost`: an attempt to send this text had no readable answer. */
export interface Draft {
  text: string;
  lost?: boolean;
}

/** What WordPress calls the commenter's details, by its field names. */
export type Details = Partial<Record<'author' | 'email' | 'url', string>>;

const DRAFT = 'press-draft:';
const DETAILS = 'press-commenter';
/** WordPress's cookies: comment_author_<hash>, comment_author_email_<hash>, comment_author_url_<hash>. */
const WORDPRESS_COOKIE = /^comment_author_(?:(email|url)_)?[0-9a-f]{32}=(.*)$/;

/** `localStorage`, unless it is unavailable (a sandboxed iframe), full or refused (private mode). */
function store<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

function read(key: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(store((s) => s.getItem(key)) ?? '');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The storage key of a draft: `where` a comment goes, the post, and the comment it replies to. */
export const draftKey = (where: string, post: number | undefined, parent: number | undefined): string =>
  `${DRAFT}${where}#${String(post ?? '')}#${String(parent ?? 0)}`;

export function readDraft(key: string): Draft | undefined {
  const value = read(key);
  return typeof value?.text === 'string' && value.text ? { text: value.text, lost: value.lost === true } : undefined;
}

/** Keeps `draft` under `key`; an empty or absent one is removed. */
export function writeDraft(key: string, draft?: Draft): void {
  store((s) => {
    if (draft?.text) s.setItem(key, JSON.stringify(draft));
    else s.removeItem(key);
  });
}

/** The details kept with consent, else those in WordPress's own `comment_author_*` cookies (same origin). */
export function readDetails(): Details | undefined {
  const kept = read(DETAILS);
  if (kept) return kept;
  const cookies: Details = {};
  for (const cookie of document.cookie.split('; ')) {
    const [, field = '', value = ''] = WORDPRESS_COOKIE.exec(cookie) ?? [];
    const name: keyof Details = field === 'email' || field === 'url' ? field : 'author';
    try {
      if (value) cookies[name] = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // not WordPress's encoding: leave it
    }
  }
  return Object.keys(cookies).length > 0 ? cookies : undefined;
}

/** Keeps the details (the visitor ticked "Save my name…"), or forgets them and WordPress's cookies. */
export function writeDetails(details?: Details): void {
  store((s) => {
    if (details) s.setItem(DETAILS, JSON.stringify(details));
    else s.removeItem(DETAILS);
  });
  if (!details) {
    for (const cookie of document.cookie.split('; ')) {
      if (WORDPRESS_COOKIE.test(cookie)) document.cookie = `${cookie.slice(0, cookie.indexOf('='))}=; max-age=0; path=/`;
    }
  }
}
