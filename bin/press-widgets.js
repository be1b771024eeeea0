#!/usr/bin/env node
// `npx press-widgets export <api> [-o site.json]`: a WordPress site's feed, written for static
// hosting (docs/export.md). The reading is the library's own data layer (lib/export/export.js,
// compiled from src/export/); this file is the command line: arguments, progress, the file.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, constants, lstat, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `Usage: press-widgets export <api> [options]

Writes the feed of a WordPress site (docs/export.md) for the press-widgets elements to read from
a static file: with the press-widgets plugin, its feed in one request; without it, WordPress's
REST API as the widgets read it.

  <api>                    the site's REST root (https://blog.example.com/wp-json/) or home URL
  -o, --output FILE        write to FILE (written whole or not at all); "-" or none: stdout
  --location NAME          the theme location of the classic menu (default: the theme's first)
  --comments N             recent comments, 1-100 (default 10)
  --posts ID,ID,...        posts whose comment counts to include (at most 100)
  --user NAME:PASSWORD     an application password: without the plugin, reads a classic theme's
                           menu, which WordPress's REST API shows only to a logged-in user
                           (env PRESS_WIDGETS_USER, to keep it out of the shell's history)
  -q, --quiet              no progress, no summary (warnings and errors still go to stderr)
  -h, --help               this text

Exits 0 when the whole feed was written, 1 when the site could not be read (nothing is written),
2 on a wrong argument.`;

/** Thrown for a wrong argument: exit 2. */
class UsageError extends Error {}

const PREFIX = 'press-widgets export:';

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        location: { type: 'string' },
        comments: { type: 'string' },
        posts: { type: 'string' },
        user: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const [command, api, ...extra] = positionals;
  if (command !== 'export') throw new UsageError(command === undefined ? 'no command: press-widgets export <api>' : `unknown command "${command}"`);
  if (api === undefined) throw new UsageError('no <api>: the site to export, e.g. https://blog.example.com/wp-json/');
  // Not said back after --user: an application password given unquoted ("abcd efgh …") is in it.
  if (extra.length)
    throw new UsageError(
      values.user === undefined ? `unexpected argument "${extra[0]}"` : 'unexpected argument after <api> (quote an application password that has spaces)',
    );
  if (hasCredentials(api)) throw new UsageError('<api> carries a name or password: give them with --user (or PRESS_WIDGETS_USER)');
  if (!/^https?:$/.test(protocolOf(api))) throw new UsageError(`<api> must be an http(s) URL: ${api}`);
  const options = { location: values.location, user: values.user ?? (process.env.PRESS_WIDGETS_USER || undefined) };
  if (values.comments !== undefined) options.comments = wholeNumber('--comments', values.comments, 1, 100);
  if (values.posts !== undefined) {
    options.posts = [...new Set(values.posts.split(',').map((post) => wholeNumber('--posts', post, 1, Number.MAX_SAFE_INTEGER)))];
    if (options.posts.length > 100) throw new UsageError('--posts names at most 100 posts');
  }
  if (options.user !== undefined && !options.user.includes(':')) throw new UsageError('--user takes name:application-password');
  const output = values.output === undefined || values.output === '-' ? undefined : await writableFile(resolve(values.output));

  const quiet = Boolean(values.quiet);
  const status = statusLine(!quiet && Boolean(process.stderr.isTTY));
  const started = performance.now();
  let exported;
  try {
    const { exportFeed } = await importExport();
    exported = await exportFeed(api, {
      ...options,
      progress: (step, requests) => status.show(`${step}: ${requests} request${requests === 1 ? '' : 's'}`),
      warn: (message) => status.print(`${PREFIX} warning: ${printable(message)}`),
    });
  } finally {
    status.clear();
  }
  const text = `${JSON.stringify(exported.feed, null, 2)}\n`;
  if (output) await writeWhole(output, text);
  else process.stdout.write(text);
  if (!quiet) {
    const { items, requests, from } = exported;
    const total = Object.values(items).reduce((sum, n) => sum + n, 0);
    const lists = Object.entries(items).map(([key, n]) => `${key} ${n}`);
    process.stderr.write(
      `${PREFIX} ${total} items (${lists.join(', ')}) from ${from === 'plugin' ? "the plugin's feed" : 'core REST'}, ` +
        `${requests} request${requests === 1 ? '' : 's'}, ${Math.round(performance.now() - started)} ms → ${output ?? 'stdout'}\n`,
    );
  }
}

function protocolOf(url) {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

function hasCredentials(url) {
  try {
    const { username, password } = new URL(url);
    return Boolean(username || password);
  } catch {
    return false;
  }
}

/** What a site said, fit for a terminal: its control characters (escape sequences) as spaces. */
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

function wholeNumber(name, text, min, max) {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < min || n > max)
    throw new UsageError(`${name} takes whole numbers from ${min}${max < 1e6 ? ` to ${max}` : ''}: ${text}`);
  return n;
}

/** The export, compiled into lib/ with the rest of the library (npm run build). */
async function importExport() {
  try {
    return await import('../lib/export/export.js');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /lib\/export\/export\.js'/.test(error.message)) {
      throw new Error('lib/export/export.js is missing: build the package first (npm run build)');
    }
    throw error;
  }
}

/**
 * The file `-o` names, through a symbolic link (the link stays, its target gets the feed); fails
 * before any request when it could not be written at the end. Only an ordinary file, or none: the
 * rename that replaces it whole would replace a device (`/dev/null`) or a pipe with a file.
 */
async function writableFile(given) {
  const file = await realpath(given).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
    return lstat(given).then(
      () => {
        throw new UsageError(`-o ${given} is a link to nothing`);
      },
      () => given,
    );
  });
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`-o ${given} is a directory`);
  if (info && !info.isFile()) throw new UsageError(`-o ${given} is not an ordinary file (a device, a pipe…): give a file, or -o - for the standard output`);
  await access(dirname(file), constants.W_OK).catch(() => {
    throw new UsageError(`-o ${given}: cannot write in ${dirname(file)}`);
  });
  return file;
}

/**
 * Writes `text` to a file beside `file`, then renames it: `file` is the whole new feed or what it
 * was. Interrupted meanwhile (Ctrl+C, a CI job's end), the half-written file goes too.
 */
async function writeWhole(file, text) {
  const temporary = join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`);
  const interrupted = (signal) => {
    rmSync(temporary, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}

/** Progress on one line of a terminal, redrawn at most ten times a second; nothing elsewhere. */
function statusLine(shown) {
  let last = 0;
  let drawn = false;
  return {
    show(text) {
      const now = performance.now();
      if (!shown || now - last < 100) return;
      last = now;
      drawn = true;
      process.stderr.write(`\r\x1b[K${PREFIX} ${text}`);
    },
    print(line) {
      this.clear();
      process.stderr.write(`${line}\n`);
    },
    clear() {
      if (drawn) process.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** The error in one line; for a site not reached, why (ECONNREFUSED, ENOTFOUND, a certificate's problem). */
function reason(error) {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (!/could not be reached\.$/.test(message)) return message;
  let innermost = error;
  while (innermost?.cause) innermost = innermost.cause;
  const why = innermost?.code ?? innermost?.message;
  return typeof why === 'string' && innermost !== error ? `${message.slice(0, -1)} (${why}).` : message;
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${PREFIX} ${printable(reason(error))}${error instanceof UsageError ? ' (see --help)' : ''}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
