import type { ArchiveMonth } from './model.js';

/** One line of the archive: a month (or a whole year, with no `month`), its link and its posts. */
export interface ArchiveEntry {
  year: number;
  /** 1–12; absent for a year. */
  month?: number;
  url: string;
  count: number | undefined;
}

/** A month's archive URL made into its year's: `/2025/07/` → `/2025/`, `?m=202507` → `?m=2025`. */
export const yearUrl = (url: string): string =>
  /\/\d{4}\/\d{1,2}\/?(?=[?#]|$)/.test(url)
    ? url.replace(/(\/\d{4}\/)\d{1,2}\/?(?=[?#]|$)/, '$1')
    : /[?&]m=\d{6}\b/.test(url)
      ? url.replace(/([?&]m=\d{4})\d{2}\b/, '$1')
      : '';

/**
 * The archive as `wp_get_archives()` lists it: newest first whatever order `months` came in, each
 * month (or, `yearly`, each year) once, with the posts of its entries added up (unknown if any is),
 * the first link given for it, then at most `limit` of them.
 */
export function archiveEntries(months: ArchiveMonth[], yearly: boolean, limit?: number): ArchiveEntry[] {
  const sorted = [...months].sort((a, b) => b.year - a.year || b.month - a.month);
  const entries = new Map<number, ArchiveEntry>();
  for (const { year, month, url, count } of sorted) {
    const key = yearly ? year : year * 100 + month;
    const entry = entries.get(key);
    if (entry) entry.count = entry.count === undefined || count === undefined ? undefined : entry.count + count;
    else entries.set(key, yearly ? { year, url: yearUrl(url), count } : { year, month, url, count });
  }
  return [...entries.values()].slice(0, limit);
}
