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

/** `localStorage`, unless it is unavailable (a sandboxed frame throws), full or refused (private mode). */
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

/** The page's cookies, `name=value` each; none where they are refused (a sandboxed frame throws). */
function cookies(): string[] {
  try {
    return document.cookie.split('; ');
  } catch {
    return [];
  }
}

/**
 * The domains a cookie of this page may have been set on: none (a host-only cookie), this host,
 * and each parent domain but the top-level one. WordPress gives its comment cookies a Domain when
 * `COOKIE_DOMAIN` is set (a subdomain multisite: the network's domain), and a cookie is deleted
 * only with the domain it was set with. An IP address has no parent domains.
 */
function cookieDomains(): string[] {
  const host = location.hostname;
  if (/^[\d.]+$|^\[/.test(host)) return [''];
  const labels = host.split('.');
  return ['', ...labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'))];
}

/**
 * Expires cookie `name` on every path and domain it may have been set on: WordPress sets its
 * comment cookies on its home's path (`COOKIEPATH`, `/blog/` for a site there), which can be any
 * prefix of this page's path, and a cookie is deleted only on the path it was set on.
 */
function expire(name: string): void {
  const path = location.pathname;
  const paths = new Set(['/', path]);
  for (let slash = path.indexOf('/', 1); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    paths.add(path.slice(0, slash)).add(path.slice(0, slash + 1));
  }
  for (const domain of cookieDomains()) {
    for (const prefix of paths) {
      try {
        document.cookie = `${name}=; max-age=0; path=${prefix}${domain ? `; domain=${domain}` : ''}`;
      } catch {
        return; // cookies refused: there are none
      }
    }
  }
}

/** The details kept with consent, else those in WordPress's own `comment_author_*` cookies (same origin). */
export function readDetails(): Details | undefined {
  const kept = read(DETAILS);
  if (kept) return kept;
  const found: Details = {};
  for (const cookie of cookies()) {
    const [, field = '', value = ''] = WORDPRESS_COOKIE.exec(cookie) ?? [];
    const name: keyof Details = field === 'email' || field === 'url' ? field : 'author';
    try {
      if (value) found[name] = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // not WordPress's encoding: leave it
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** Keeps the details (the visitor ticked "Save my name…"), or forgets them and WordPress's cookies. */
export function writeDetails(details?: Details): void {
  store((s) => {
    if (details) s.setItem(DETAILS, JSON.stringify(details));
    else s.removeItem(DETAILS);
  });
  if (!details) {
    for (const cookie of cookies()) {
      if (WORDPRESS_COOKIE.test(cookie)) expire(cookie.slice(0, cookie.indexOf('=')));
    }
  }
}
