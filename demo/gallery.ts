// The gallery: its specimens (gallery-specimens.ts, drawn by gallery-render.ts) and its controls:
// the theme switch, the live token editor, the "Loading" specimens that stay loading, the replay
// of "Loading, then ready", and the log of press-* events. It knows the widgets only by their
// tags, attributes and events.
import { renderSection } from './gallery-render.js';
import { SECTIONS } from './gallery-specimens.js';

const STORAGE_KEY = 'press-widgets-gallery';
const THEMES = ['light', 'dark', 'plain', 'newspaperly', 'neutral', 'neutral-dark'] as const;
type Theme = (typeof THEMES)[number];

interface Saved {
  theme: Theme;
  /** Tokens the designer changed; '' means "not set" (the widget falls back to the page). */
  tokens: Partial<Record<string, string>>;
}

const found = document.querySelector<HTMLElement>('#gallery');
if (!found) throw new Error('gallery.ts: no #gallery element');
const gallery: HTMLElement = found;

// ---------- the specimens and the table of contents ----------

gallery.append(...SECTIONS.map(renderSection));
for (const { id, toc } of SECTIONS) {
  const link = document.createElement('a');
  link.href = `#${id}`;
  link.textContent = toc;
  const item = document.createElement('li');
  item.append(link);
  document.querySelector('#toc')?.append(item);
}

// ---------- feeds that the demo points elsewhere while it runs ----------

let round = 0;

/** Each "Retry recovers" specimen gets a feed of its own: it fails once, then works. */
for (const site of gallery.querySelectorAll('press-site[data-state="flaky"]')) {
  site.setAttribute('src', `/demo-api/flaky.json?key=${crypto.randomUUID()}`);
}

function restartLoading(): void {
  round++;
  for (const site of gallery.querySelectorAll('press-site[data-state="loading"]')) {
    site.setAttribute('src', `/demo-api/hang.json?round=${String(round)}`);
  }
}

/** Fresh copies of the "Loading, then ready" specimens: a widget that has data keeps showing it while it reloads. */
function replaySlow(): void {
  round++;
  for (const site of gallery.querySelectorAll('press-site[data-state="slow"]')) {
    const fresh = site.cloneNode(true) as Element;
    fresh.setAttribute('src', `/demo-api/slow.json?ms=3000&round=${String(round)}`);
    site.replaceWith(fresh);
  }
}

const keepLoading = document.querySelector<HTMLInputElement>('#keep-loading');
let restartQueued = false;
gallery.addEventListener('press-error', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!keepLoading?.checked || target?.closest('press-site')?.getAttribute('data-state') !== 'loading') return;
  if (restartQueued) return;
  restartQueued = true;
  // One new request for all the "Loading" specimens, once they have all given up.
  setTimeout(() => {
    restartQueued = false;
    restartLoading();
  }, 0);
});

document.querySelector('#replay-slow')?.addEventListener('click', replaySlow);

document.querySelector('#show-boxes')?.addEventListener('change', (event) => {
  gallery.classList.toggle('show-boxes', (event.currentTarget as HTMLInputElement).checked);
});

// ---------- theme and tokens ----------

const tokenInputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[data-token]'));
const tokenOf = (input: HTMLInputElement): string => input.dataset.token ?? '';
const pickerFor = (input: HTMLInputElement): HTMLInputElement | null => document.querySelector<HTMLInputElement>(`input[data-picker-for="${input.id}"]`);

function load(): Saved {
  const fallback: Saved = { theme: 'light', tokens: {} };
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return fallback;
    const { theme, tokens } = raw as Partial<Saved>;
    return {
      theme: THEMES.find((t) => t === theme) ?? 'light',
      tokens: typeof tokens === 'object' ? Object.fromEntries(Object.entries(tokens).filter(([, v]) => typeof v === 'string')) : {},
    };
  } catch {
    return fallback;
  }
}

const state = load();

function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode: the settings last for this page only.
  }
}

/** What the current theme's CSS gives a token, without the designer's edits. */
function themeValue(token: string): string {
  const probe = document.createElement('div');
  probe.hidden = true;
  probe.dataset.theme = state.theme;
  document.body.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(token).trim();
  probe.remove();
  return value;
}

const effective = (token: string): string => state.tokens[token] ?? themeValue(token);

/** A colour as #rrggbb for the colour picker, or undefined when the value is not a plain colour. */
const canvas = document.createElement('canvas').getContext('2d');
function toHex(value: string): string | undefined {
  if (!canvas || !CSS.supports('color', value)) return undefined;
  canvas.fillStyle = '#000000';
  canvas.fillStyle = value;
  const parsed = canvas.fillStyle;
  if (parsed.startsWith('#')) return parsed;
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(parsed);
  return rgb
    ? `#${rgb
        .slice(1, 4)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : undefined;
}

/** Which CSS property a token's value must be valid for. */
function checkProperty(token: string): string {
  if (token.startsWith('--press-color-')) return 'color';
  if (token === '--press-font') return 'font';
  if (token === '--press-radius') return 'border-radius';
  return 'padding';
}

function showValidity(input: HTMLInputElement): void {
  const value = input.value.trim();
  const valid = value === '' || CSS.supports(checkProperty(tokenOf(input)), value);
  const messageId = `${input.id}-error`;
  let message = document.getElementById(messageId);
  if (valid) {
    input.removeAttribute('aria-invalid');
    message?.remove();
    return;
  }
  input.setAttribute('aria-invalid', 'true');
  if (!message) {
    message = document.createElement('p');
    message.id = messageId;
    message.className = 'token-error';
    input.closest('.token')?.append(message);
    const describedBy = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    describedBy.add(messageId);
    input.setAttribute('aria-describedby', [...describedBy].join(' '));
  }
  message.textContent = `Not a valid ${checkProperty(tokenOf(input))} value: not applied.`;
}

const isValid = (input: HTMLInputElement): boolean => input.getAttribute('aria-invalid') !== 'true';

/** Puts the edits on the gallery element, as a site's stylesheet would on any ancestor. */
function applyTokens(): void {
  for (const input of tokenInputs) {
    const token = tokenOf(input);
    const edit = state.tokens[token];
    if (edit === undefined) gallery.style.removeProperty(token);
    // "initial" makes var(--token, fallback) use its fallback: the token is not set.
    else gallery.style.setProperty(token, edit === '' ? 'initial' : edit);
  }
  const lines = tokenInputs.flatMap((input) => {
    const value = effective(tokenOf(input));
    return value ? [`  ${tokenOf(input)}: ${value};`] : [];
  });
  const css = document.querySelector<HTMLTextAreaElement>('#token-css');
  if (css) css.value = lines.length > 0 ? `:root {\n${lines.join('\n')}\n}` : '/* No tokens set: the widgets follow the page. */';
}

/** Shows each token's current value; the field being edited is left alone. */
function fillInputs(): void {
  for (const input of tokenInputs) {
    const value = effective(tokenOf(input));
    if (document.activeElement !== input) input.value = value;
    const picker = pickerFor(input);
    const hex = toHex(value);
    if (picker && hex) picker.value = hex;
    showValidity(input);
  }
}

/** The ready looks are whole stylesheets (themes/*.css), on only while their theme is chosen. */
function setLooks(theme: Theme): void {
  const look = theme.replace(/-dark$/, '');
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[id^="look-"]')) link.disabled = link.id !== `look-${look}`;
}

function setTheme(theme: Theme): void {
  state.theme = theme;
  setLooks(theme);
  gallery.dataset.theme = theme;
  save();
  fillInputs();
  applyTokens();
}

for (const input of tokenInputs) {
  input.addEventListener('input', () => {
    showValidity(input);
    if (!isValid(input)) return; // keep the last good value while the designer is typing
    state.tokens[tokenOf(input)] = input.value.trim();
    const picker = pickerFor(input);
    const hex = toHex(input.value.trim());
    if (picker && hex) picker.value = hex;
    applyTokens();
    save();
  });
  input.addEventListener('change', fillInputs);
  pickerFor(input)?.addEventListener('input', (event) => {
    const { value } = event.currentTarget as HTMLInputElement;
    input.value = value;
    state.tokens[tokenOf(input)] = value;
    showValidity(input);
    applyTokens();
    save();
  });
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.checked = radio.value === state.theme;
  radio.addEventListener('change', () => {
    const theme = THEMES.find((t) => t === radio.value);
    if (radio.checked && theme) setTheme(theme);
  });
}

document.querySelector('#reset-tokens')?.addEventListener('click', () => {
  state.tokens = {};
  save();
  fillInputs();
  applyTokens();
});

const copyStatus = document.querySelector('#copy-status');
document.querySelector('#copy-css')?.addEventListener('click', () => {
  const css = document.querySelector<HTMLTextAreaElement>('#token-css')?.value ?? '';
  navigator.clipboard.writeText(css).then(
    () => {
      if (copyStatus) copyStatus.textContent = 'Copied.';
    },
    () => {
      if (copyStatus) copyStatus.textContent = 'Could not copy: select the text and copy it.';
    },
  );
});

setTheme(state.theme);

// On a narrow screen the controls come first: fold the token list so the gallery is near.
if (matchMedia('(max-width: 999px)').matches) document.querySelector('#token-details')?.removeAttribute('open');

// ---------- the event log ----------

const log = document.querySelector<HTMLOListElement>('#event-log');
const MAX_EVENTS = 40;

function summarize(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null) return '';
  return Object.entries(detail)
    .filter(([key]) => key !== 'error')
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ');
}

function record(event: Event): void {
  if (!log || !(event.target instanceof Element)) return;
  const figure = event.target.closest('figure');
  const section = event.target.closest('section')?.querySelector('h2')?.textContent ?? '';
  const where = figure?.querySelector('.state')?.textContent ?? '';
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = event.type;
  const text = event instanceof CustomEvent ? summarize(event.detail) : '';
  item.append(name, ` <${event.target.localName}> · ${section}${where ? `, ${where}` : ''}${text ? ` · ${text}` : ''}`);
  log.prepend(item);
  while (log.children.length > MAX_EVENTS) log.lastElementChild?.remove();
}

for (const type of ['press-load', 'press-error', 'press-comment-posted', 'press-comment-failed'] as const) {
  gallery.addEventListener(type, record);
}

document.querySelector('#clear-events')?.addEventListener('click', () => {
  log?.replaceChildren();
});
