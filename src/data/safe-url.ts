const LINK_PROTOCOLS = new Set(['http:', 'https:']);

/** Where there is no document (Node, a worker), relative links are checked against this. */
const NO_DOCUMENT_BASE = 'https://no-document.invalid/';

/**
 * The common link, which the parser cannot refuse: http(s), a host of ASCII letters, digits and
 * hyphens whose last label starts with a letter (a host ending in a number is read as an IPv4
 * address, which may be out of range), no `xn--` label (whose punycode may not decode), a port of
 * at most four digits, then printable ASCII. Anything else goes to the parser.
 */
const PLAIN_LINK = /^https?:\/\/(?:(?!xn--)[a-z\d-]+\.)*(?!xn--)[a-z][a-z\d-]*(?::\d{1,4})?(?:[/?#][!-~]*)?$/i;

/**
 * Returns `value`, trimmed, when it is a URL that may be rendered as a link (http, https, or
 * relative to `base`: by default the page's, or a placeholder where there is no page), else
 * `undefined`. What it returns is known to parse against `base`, so that nothing which parses it
 * later can throw. The runtime's own URL parser decides, so obfuscations such as ` java\tscript:`
 * or `JaVaScRiPt:` are seen for what they are. Needs no DOM.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Most links are plain absolute ones: the parser, and reading document.baseURI, each cost far
  // more than this test, and are for the rest.
  if (PLAIN_LINK.test(trimmed)) return trimmed;
  const parsed = parseUrl(trimmed, base);
  return parsed && LINK_PROTOCOLS.has(parsed.protocol) ? trimmed : undefined;
}

/**
 * `url` parsed against `base` (by default the page's, or a placeholder where there is no page), or
 * `undefined` where the URL parser refuses it: for code that must not throw on a link.
 */
export function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base ?? (typeof document === 'undefined' ? NO_DOCUMENT_BASE : document.baseURI));
  } catch {
    return undefined;
  }
}
