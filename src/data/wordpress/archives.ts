// The archives as `wp_get_archives()` lists them, in as few requests as the site's size allows: the
// post list read whole (which the padded category counts share), or, on a large site, a count for
// each month.
import { inTurns, list, MAX_PAGES, PER_PAGE, record, REQUESTS_AT_ONCE, wholeNumber, type RestApi } from './rest.js';
import { siteOf } from './site.js';

/**
 * Pages of posts always read whole for the archives (and padded counts). A larger site's archives
 * are counted month by month unless its pages are at most half its months: on a local WordPress a
 * page of 100 dates took about 1.6 times as long as one month's count, and 50 times its bytes.
 */
const LIST_PAGES = 10;
/**
 * Months counted at most, the newest: 50 years, longer than blogs have been written. A post dated
 * in the year 1, by mistake or by a hostile site, must not cost 24,000 requests.
 */
const MAX_MONTHS = 600;
/** January of the year 1 and December of 9999, as year × 12 + month − 1: the months WordPress takes in a date. */
const FIRST_MONTH = 12;
const LAST_MONTH = 9999 * 12 + 11;

/** A published post as far as archives and padded category counts need it. */
export interface PostStub {
  /** "2025-07": the month in the site's local time (REST `date` has no offset: it is local). */
  month: string;
  categories: number[];
}

/** A date's month as year × 12 + month − 1, for a date WordPress can hold: "2025-07-…" in years 1–9999. */
const monthOf = (date: unknown): number | undefined => {
  const [, year = '', month = ''] = (typeof date === 'string' ? /^(\d{4})-(\d{2})/.exec(date) : null) ?? [];
  const at = Number(year) * 12 + Number(month) - 1;
  return Number(month) >= 1 && Number(month) <= 12 && at >= FIRST_MONTH ? at : undefined;
};

/**
 * "2025-07-01": day `dayOfMonth` of month `at` (year × 12 + month − 1), day 0 being the month
 * before's last, in the form WordPress takes (four digits of year, not `toISOString()`'s
 * `+010000` or `-000001`). `setUTCFullYear`, since `Date.UTC` reads the years 0–99 as 1900–1999.
 */
function day(at: number, dayOfMonth: number): string {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(at / 12), at % 12, dayOfMonth);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/**
 * Every published post's month and categories, for a site with at most {@link LIST_PAGES} pages of
 * posts or, beyond, at most one page for every two months between its oldest and newest post (and
 * at most {@link MAX_PAGES}): about 30 bytes a post, 100 posts a request, read once for both the
 * archives and the padded category counts. In id order, because pages in date order may skip or repeat posts that share a
 * date. `undefined` for a larger site: its archives are counted month by month instead
 * ({@link monthCounts}), its padded counts parent by parent. The first page tells which.
 */
export function postStubs(api: RestApi): Promise<PostStub[] | undefined> {
  return api.once('posts', async () => {
    const params = { _fields: 'date,categories', orderby: 'id', order: 'asc' };
    const first = await api.page('wp/v2/posts', { ...params, per_page: PER_PAGE, page: 1 });
    if (first.totalPages > MAX_PAGES) return undefined;
    if (first.totalPages > LIST_PAGES) {
      const span = await postSpan(api);
      if (span && first.totalPages - 1 > (span[1] - span[0] + 1) / 2) return undefined;
    }
    const posts = await api.all('wp/v2/posts', params, first);
    return posts.flatMap((entry) => {
      const { date, categories } = record(entry);
      return monthOf(date) === undefined ? [] : [{ month: (date as string).slice(0, 7), categories: list(categories).flatMap((id) => wholeNumber(id) ?? []) }];
    });
  });
}

/**
 * The months (as year × 12 + month − 1) of the oldest and the newest published post; `undefined`
 * when the newest has no date WordPress can hold ({@link monthOf}). An oldest without one is
 * taken as {@link MAX_MONTHS} before the newest, which is as far as months are counted.
 */
function postSpan(api: RestApi): Promise<[number, number] | undefined> {
  return api.once('span', async () => {
    const [oldest, newest] = await Promise.all(
      (['asc', 'desc'] as const).map(async (order) => {
        const { body } = await api.page('wp/v2/posts', { _fields: 'date', orderby: 'date', order, per_page: 1 });
        return monthOf(record(list(body)[0]).date);
      }),
    );
    return newest === undefined ? undefined : [Math.max(FIRST_MONTH, Math.min(oldest ?? newest - MAX_MONTHS + 1, newest)), newest];
  });
}

/**
 * Published posts per month ("2025-07" → 83) on a large site, in small requests, a few at a time,
 * rather than a hundred pages of dates: for each month between the oldest and the newest post
 * ({@link postSpan}; the newest {@link MAX_MONTHS}), `X-WP-Total` of one `after`/`before` range (one id in the body). `after` and
 * `before` are exclusive and compare the site's local `post_date` (a time without an offset is
 * taken as local), so a month is after its eve's last second and before its successor's first.
 * December 9999 has no successor that WordPress takes: its count has no `before`.
 */
async function monthCounts(api: RestApi): Promise<Map<string, number>> {
  const [oldest, newest] = (await postSpan(api)) ?? [0, -1];
  const newestFirst = Array.from({ length: Math.min(MAX_MONTHS, Math.max(0, newest - oldest + 1)) }, (_, i) => newest - i);
  const counts = new Map<string, number>();
  await inTurns(newestFirst, REQUESTS_AT_ONCE, async (at) => {
    const { total } = await api.page('wp/v2/posts', {
      after: `${day(at, 0)}T23:59:59`, // the last day of the month before
      ...(at < LAST_MONTH ? { before: `${day(at + 1, 1)}T00:00:00` } : {}),
      per_page: 1,
      _fields: 'id',
    });
    if (total) counts.set(day(at, 1).slice(0, 7), total);
    return true;
  });
  return counts;
}

/** Months in the site's local time, grouped as `wp_get_archives()` groups them, linked as it links them. */
export async function archives(api: RestApi): Promise<unknown[]> {
  const [site, posts] = await Promise.all([siteOf(api), postStubs(api)]);
  let months = new Map<string, number>();
  if (posts) for (const { month } of posts) months.set(month, (months.get(month) ?? 0) + 1);
  else months = await monthCounts(api);
  // Newest first, as the model promises ("2025-07" > "2025-06" as text).
  return [...months]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([key, count]) => {
      const [year = '', month = ''] = key.split('-');
      const url = site.plain ? `${site.home}/?m=${year}${month}` : `${site.home}${site.index}/${year}/${month}/`;
      return { year: Number(year), month: Number(month), url, count };
    });
}
