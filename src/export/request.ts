// The export's own GETs: the plugin's feed, whose refusal of a parameter must reach the user in
// WordPress's words, and the menu routes, which carry an application password. The core routes are
// read by the data layer (http.ts), as the widgets read them.
import { kit } from '../data/wordpress/kit.js';
import { record } from '../data/wordpress/rest.js';

export interface JsonAnswer {
  body: unknown;
  /** `X-WP-TotalPages`, 1 when it does not say. */
  pages: number;
}

/**
 * GETs `url` once, with `headers`, and reads its JSON; no redirect is followed, so that a password
 * goes to no other URL than the one built for it. Rejects with a `SourceError` whose message is one
 * line: WordPress's own reason for a refusal (`rest_invalid_param`: which parameter and why). Its
 * `status` is set whenever the server answered, whatever it answered: none means no answer came.
 */
export async function getJsonOnce(url: string, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  let response: Response;
  try {
    response = await kit.fetchUncached(url, { headers: { accept: 'application/json', ...headers }, redirect: 'manual' });
  } catch (error) {
    throw new kit.SourceError(`${url} ${kit.timedOut(error) ? 'timed out' : 'could not be reached'}.`, { cause: error });
  }
  const { status } = response;
  if (status >= 300 && status < 400) {
    throw new kit.SourceError(`${url} redirects to ${response.headers.get('location') ?? 'another URL'}: give the site's URL as it redirects.`, { status });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new kit.SourceError(`${url} answered ${String(status)} without JSON.`, { cause: error, status });
  }
  if (!response.ok) throw new kit.SourceError(`${url} answered ${String(status)}${reasonOf(body)}`, { status });
  const pages = Number(response.headers.get('X-WP-TotalPages'));
  return { body, pages: Number.isSafeInteger(pages) && pages > 0 ? pages : 1 };
}

/**
 * WordPress's error answer as ": its message (each refused parameter's reason).", plain text on
 * one line; "." when it has none.
 */
function reasonOf(body: unknown): string {
  const { message, data } = record(body);
  if (typeof message !== 'string') return '.';
  const params = Object.values(record(record(data).params)).filter((reason) => typeof reason === 'string');
  const text = `: ${message}${params.length ? ` (${params.join(' ')})` : ''}`.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}
