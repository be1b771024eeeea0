// `press-widgets export` (bin/press-widgets.js, over lib/export/ built from src/export/), run as a
// user runs it, in a child process: `node --test test/export/export.test.js` after the build.
// Without WordPress: small node:http servers on 127.0.0.1 stand for a host that is down, a site
// that is not WordPress, a plugin that answers in another shape, a classic menu behind a password.
// With the real WordPress at 127.0.0.1:8088 (when it answers, or always with
// PRESS_REQUIRE_WORDPRESS=1, as in CI): the export with and without the plugin. Needs lib/ built
// (npm run build, or npx tsc -p tsconfig.build.json).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normalizeFeed } from '../../lib/data/normalize.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/press-widgets.js');
const WP_SH = join(ROOT, 'test/wordpress/wp.sh');
const WORDPRESS = 'http://127.0.0.1:8088/';

const wordpressAnswers = await fetch(`${WORDPRESS}wp-json/`, { signal: AbortSignal.timeout(5000) }).then(
  (response) => response.ok,
  () => false,
);
const noWordPress = !wordpressAnswers && !process.env.PRESS_REQUIRE_WORDPRESS && 'no WordPress at 127.0.0.1:8088 (test/wordpress/setup.sh)';

const scratch = mkdtempSync(join(tmpdir(), 'press-export-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command with `args`; resolves with its exit code, stdout and stderr. */
function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, PRESS_WIDGETS_USER: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: stderr.split('\n').filter(Boolean) }));
  });
}

/** A server on 127.0.0.1 answering `handle(url, request)` → [status, body (a string: HTML), headers], or nothing; records every request. */
async function serve(handle) {
  const requests = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ url, authorization: request.headers.authorization });
    const answer = handle(url, request);
    if (!answer) return; // never answers
    const [status, body, headers = {}] = answer;
    const json = typeof body !== 'string';
    response.writeHead(status, { 'content-type': json ? 'application/json' : 'text/html', ...headers });
    response.end(json ? JSON.stringify(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${server.address().port}/wp-json/`, requests };
}

/**
 * A small WordPress without the plugin (or, with `plugin`, one whose `press/v1/feed` gives what
 * `plugin` returns): one post, one category, one comment, a block theme's menu; `routes` override.
 */
function fakeWordPress({ plugin, routes = {} } = {}) {
  return serve((url, request) => {
    const route = url.pathname.replace(/^\/wp-json\/?/, '/');
    if (routes[route]) return routes[route](url, request);
    const list = (items) => [200, items, { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': '1' }];
    switch (route) {
      case '/':
        return [200, { namespaces: plugin ? ['wp/v2', 'press/v1'] : ['wp/v2'], url: 'http://blog.test', home: 'http://blog.test' }];
      case '/press/v1/feed':
        return plugin ? [200, plugin()] : [404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' }];
      case '/wp/v2/posts':
        return list([{ id: 1, date: '2025-07-01T10:00:00', categories: [4] }]);
      case '/wp/v2/categories':
        return list([{ id: 4, name: 'News &amp; Views', link: 'http://blog.test/category/news/', count: 1, parent: 0 }]);
      case '/wp/v2/comments':
        return list([
          { id: 9, post: 1, author_name: 'Ann', date_gmt: '2025-07-02T10:00:00', link: 'http://blog.test/p/#comment-9', content: { rendered: '<p>Hi</p>' } },
        ]);
      case '/wp/v2/search':
        return list([{ id: 1, title: 'A post' }]);
      case '/wp/v2/navigation':
        return list([{ content: { rendered: '<ul><li><a href="http://blog.test/about/">About</a></li></ul>' } }]);
      default:
        return [404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' }];
    }
  });
}

test('--help tells the usage and exits 0', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: press-widgets export <api>/);
});

test('a wrong argument exits 2 with one line', async () => {
  const { code, lines } = await run(['export', 'ftp://blog.test/']);
  assert.equal(code, 2);
  assert.deepEqual(lines, ['press-widgets export: <api> must be an http(s) URL: ftp://blog.test/ (see --help)']);
});

test('an unreachable host: exit 1 with the reason, the file not written and an earlier one kept', async () => {
  // A port that was just free again: nothing listens there.
  const free = await new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const dir = mkdtempSync(join(scratch, 'unreachable-'));
  const target = join(dir, 'kept.json');
  writeFileSync(target, '{"menu":[]}\n');
  const { code, lines } = await run(['export', `http://127.0.0.1:${free}/wp-json/`, '-o', target]);
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /^press-widgets export: http:\/\/127\.0\.0\.1:\d+\/wp-json\/press\/v1\/feed could not be reached \(ECONNREFUSED\)\.$/);
  assert.equal(readFileSync(target, 'utf8'), '{"menu":[]}\n');
  assert.deepEqual(readdirSync(dir), ['kept.json']);
});

test('a server that is not WordPress (HTML): exit 1, nothing written', async () => {
  const html = await serve(() => [200, '<!doctype html><title>Shop</title>']);
  const target = join(scratch, 'html.json');
  const { code, lines } = await run(['export', html.url, '-o', target]);
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /is not a WordPress site \(or its REST API is off\): .* answered 200 without JSON\.$/);
  assert.equal(existsSync(target), false);
});

test('a server that answers JSON of another kind: exit 1, no word of a plugin, nothing written', async () => {
  const other = await serve(() => [200, { hello: 'world' }]);
  const target = join(scratch, 'other.json');
  const { code, lines } = await run(['export', other.url, '-o', target]);
  assert.equal(code, 1);
  assert.deepEqual(lines, [`press-widgets export: ${other.url} is not a WordPress site: its REST index lists no wp/v2 routes`]);
  assert.equal(existsSync(target), false);
});

test('a plugin answer of the wrong shape: one warning, then core REST, whose feed is written', async () => {
  const site = await fakeWordPress({ plugin: () => ({ menu: 'not a list', archives: [] }) });
  const target = join(scratch, 'fallback.json');
  const { code, lines } = await run(['export', site.url, '-o', target, '--quiet']);
  assert.equal(code, 0, lines.join('\n'));
  assert.deepEqual(lines, [
    "press-widgets export: warning: the press-widgets plugin's feed is not a press-widgets feed (no menu, categories, comments, commentForm); reading WordPress's core REST routes instead",
  ]);
  const feed = JSON.parse(readFileSync(target, 'utf8'));
  assert.deepEqual(feed.menu, [{ label: 'About', url: 'http://blog.test/about/', children: [] }]);
  assert.deepEqual(feed.archives, [{ year: 2025, month: 7, url: 'http://blog.test/2025/07/', count: 1 }]);
  assert.deepEqual(
    feed.categories.map(({ id, name }) => [id, name]),
    [[4, 'News &amp; Views']],
  );
  assert.deepEqual(
    feed.comments.map(({ id, author, postTitle }) => [id, author, postTitle]),
    [[9, 'Ann', 'A post']],
  );
  assert.ok(site.requests.some(({ url }) => url.pathname === '/wp-json/wp/v2/categories'));
});

test('a site without the plugin: core REST, no warning; the feed on stdout without -o', async () => {
  const site = await fakeWordPress();
  const { code, stdout, lines } = await run(['export', site.url]);
  assert.equal(code, 0);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /^press-widgets export: 4 items \(menu 1, archives 1, categories 1, comments 1\) from core REST, \d+ requests, \d+ ms → stdout$/);
  assert.deepEqual(Object.keys(JSON.parse(stdout)), ['menu', 'archives', 'categories', 'comments', 'commentForm']);
});

test('a failure half way (categories answer 500): exit 1, the earlier file kept, no temporary file left', async () => {
  const site = await fakeWordPress({ routes: { '/wp/v2/categories': () => [500, { code: 'boom', message: 'Database error' }] } });
  const dir = mkdtempSync(join(scratch, 'half-'));
  const target = join(dir, 'site.json');
  writeFileSync(target, 'earlier\n');
  const { code, lines } = await run(['export', site.url, '-o', target]);
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /\/wp\/v2\/categories\?.* answered 500\.$/);
  assert.equal(readFileSync(target, 'utf8'), 'earlier\n');
  assert.deepEqual(readdirSync(dir), ['site.json']);
});

test('invalid JSON from a core route: exit 1 naming it', async () => {
  const site = await fakeWordPress({ routes: { '/wp/v2/posts': () => [200, '{"cut off'] } });
  const { code, lines } = await run(['export', site.url, '-o', join(scratch, 'invalid.json')]);
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /\/wp\/v2\/posts\?.* did not answer with JSON\.$/);
  assert.equal(existsSync(join(scratch, 'invalid.json')), false);
});

test('a host that never answers: exit 1, timed out', { timeout: 40_000 }, async () => {
  const silent = await serve(() => undefined);
  const { code, lines } = await run(['export', silent.url, '-o', join(scratch, 'silent.json')]);
  assert.equal(code, 1);
  assert.deepEqual(lines, [`press-widgets export: ${silent.url}press/v1/feed timed out.`]);
  assert.equal(existsSync(join(scratch, 'silent.json')), false);
});

test('an application password goes over https or to this machine only, and never before that check', async () => {
  const { code, lines } = await run(['export', 'http://blog.test/wp-json/'], { PRESS_WIDGETS_USER: 'ann:abcd efgh' });
  assert.equal(code, 1);
  assert.deepEqual(lines, ['press-widgets export: an application password is sent only over https (or to this machine), not to http://blog.test/wp-json/']);
});

/**
 * A classic theme's menu behind a login: `menu-items` and `menus` for any user of ann's passwords
 * (an author may read them), `menu-locations` for the administrator's only.
 */
function classicMenuRoutes(items) {
  const user = (request) => Buffer.from((request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
  const gate = (answer) => (url, request) =>
    user(request).startsWith('ann:') ? answer(url) : [401, { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.' }];
  return {
    '/wp/v2/navigation': () => [200, [], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' }],
    '/wp/v2/menu-locations': (url, request) =>
      user(request).startsWith('ann:admin')
        ? [200, { primary: { name: 'primary', menu: 7 }, footer: { name: 'footer', menu: 0 } }]
        : [403, { code: 'rest_cannot_view', message: 'Sorry, you are not allowed to view menu locations.' }],
    '/wp/v2/menus': gate(() => [200, [{ id: 7, locations: ['primary'] }]]),
    '/wp/v2/menu-items': gate((url) => [200, url.searchParams.get('menus') === '7' ? items : [], { 'X-WP-TotalPages': '1' }]),
  };
}

test('with --user, a classic menu as wp_nav_menu() nests it; the password goes to the menu routes only', async () => {
  const items = [
    { id: 11, title: { rendered: 'Home' }, url: 'http://blog.test/', parent: 0, menu_order: 1, invalid: false },
    { id: 13, title: { rendered: 'Team &amp; <em>us</em>' }, url: 'http://blog.test/team/', parent: 12, menu_order: 3, invalid: false },
    { id: 12, title: { rendered: 'About' }, url: 'http://blog.test/about/', parent: 0, menu_order: 2, invalid: false },
    { id: 14, title: { rendered: 'Orphan' }, url: 'javascript:alert(1)', parent: 99, menu_order: 0, invalid: false },
    { id: 15, title: { rendered: 'Gone' }, url: 'http://blog.test/gone/', parent: 0, menu_order: 4, invalid: true },
  ];
  const site = await fakeWordPress({ routes: classicMenuRoutes(items) });
  const expected = [
    { label: 'Home', url: 'http://blog.test/', children: [] },
    { label: 'About', url: 'http://blog.test/about/', children: [{ label: 'Team &amp; us', url: 'http://blog.test/team/', children: [] }] },
    { label: 'Orphan', url: '', children: [] },
  ];
  // The administrator's password reads the theme's locations; an author's, the menus' own.
  for (const password of ['admin pass', 'author pass']) {
    site.requests.length = 0;
    const { code, stdout, lines } = await run(['export', site.url, '--quiet'], { PRESS_WIDGETS_USER: `ann:${password}` });
    assert.equal(code, 0, lines.join('\n'));
    assert.deepEqual(JSON.parse(stdout).menu, expected, password);
    const authorized = site.requests.filter(({ authorization }) => authorization).map(({ url }) => url.pathname);
    assert.ok(authorized.includes('/wp-json/wp/v2/menu-items'));
    assert.deepEqual(
      authorized.filter((path) => !/^\/wp-json\/wp\/v2\/(menu-locations|menus|menu-items)$/.test(path)),
      [],
    );
  }
});

test('a wrong application password: exit 1 with WordPress’s reason', async () => {
  const site = await fakeWordPress({ routes: classicMenuRoutes([]) });
  const { code, lines } = await run(['export', site.url, '--quiet'], { PRESS_WIDGETS_USER: 'bob:wrong' });
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /\/wp\/v2\/menus\?.* answered 401: Sorry, you are not allowed to do that\.$/);
});

test('-o through a symbolic link writes its target, the link stays; a pipe or a link to nothing is refused before any request', async () => {
  const site = await fakeWordPress();
  const dir = mkdtempSync(join(scratch, 'links-'));
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real/site.json'), '{}\n');
  symlinkSync('real/site.json', join(dir, 'link.json'));
  const written = await run(['export', site.url, '-o', join(dir, 'link.json'), '--quiet']);
  assert.equal(written.code, 0, written.stderr);
  assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink(), 'the link is still a link');
  assert.ok(Array.isArray(JSON.parse(readFileSync(join(dir, 'real/site.json'), 'utf8')).categories), 'its target has the feed');
  assert.deepEqual(readdirSync(join(dir, 'real')), ['site.json']);

  execFileSync('mkfifo', [join(dir, 'pipe')]);
  symlinkSync('nowhere.json', join(dir, 'dangling.json'));
  const asked = site.requests.length;
  for (const [name, said] of [
    ['pipe', /-o .*pipe is not an ordinary file/],
    ['dangling.json', /-o .*dangling\.json is a link to nothing/],
  ]) {
    const { code, lines } = await run(['export', site.url, '-o', join(dir, name)]);
    assert.equal(code, 2);
    assert.match(lines[0], said);
    assert.ok(lstatSync(join(dir, name)).isFIFO() || lstatSync(join(dir, name)).isSymbolicLink(), `${name} left as it was`);
  }
  assert.equal(site.requests.length, asked, 'no request for a file that cannot be written');
});

test('what the site says reaches the terminal without its control characters; a URL with a password is refused unsaid', async () => {
  const site = await fakeWordPress({
    routes: { '/press/v1/feed': () => [400, { code: 'rest_invalid_param', message: 'Bad\u001b[2J\u001b]0;pwned\u0007 parameter' }] },
  });
  const { code, lines } = await run(['export', site.url, '--quiet']);
  assert.equal(code, 1);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.ok(![...lines[0]].some((character) => character.charCodeAt(0) < 32), JSON.stringify(lines[0]));
  assert.match(lines[0], /Bad \[2J \]0;pwned +parameter/);

  const withPassword = await run(['export', site.url.replace('http://', 'http://bob:s3cret@')]);
  assert.equal(withPassword.code, 2);
  assert.doesNotMatch(withPassword.stderr, /s3cret/);
  const unquoted = await run(['export', site.url, '--user', 'bob:abcd', 'efgh']);
  assert.equal(unquoted.code, 2);
  assert.doesNotMatch(unquoted.stderr, /efgh/);
});

test('--location without the plugin nor --user: a warning that it is not read', async () => {
  const site = await fakeWordPress();
  const { code, lines } = await run(['export', site.url, '--location', 'footer', '-o', join(scratch, 'location.json')]);
  assert.equal(code, 0);
  assert.ok(
    lines.some((line) => /warning: --location is read by the plugin, or with --user/.test(line)),
    lines.join('\n'),
  );
});

test('without --user on a site whose menu is not public: the feed without a menu, and one note why', async () => {
  const site = await fakeWordPress({ routes: { '/wp/v2/navigation': () => [200, [], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' }] } });
  const { code, stdout, lines } = await run(['export', site.url, '--quiet']);
  assert.equal(code, 0);
  assert.deepEqual(lines, [
    "press-widgets export: warning: no menu: this site's menu is not public over REST (a classic theme's); give --user name:application-password to export it",
  ]);
  assert.equal('menu' in JSON.parse(stdout), false);
});

// ---- the real WordPress

/** The feed of the seed site as the plugin serves it, with the comment counts of `posts`. */
const pluginFeed = (query = '') => fetch(`${WORDPRESS}?rest_route=/press/v1/feed${query}`).then((response) => response.json());

const wp = (...args) => execFileSync('bash', [WP_SH, ...args], { encoding: 'utf8' }).trim();

/** Runs `work` with the plugin off (the test switch), and turns it on again whatever happens. */
async function withoutPlugin(work) {
  wp('option', 'press_test_no_plugin', '1');
  try {
    return await work();
  } finally {
    wp('option', 'press_test_no_plugin', '');
  }
}

test('the real WordPress with the plugin: its feed, in one request', { skip: noWordPress }, async () => {
  const target = join(scratch, 'plugin.json');
  const { code, lines } = await run(['export', WORDPRESS, '-o', target, '--posts', '1,2']);
  assert.equal(code, 0, lines.join('\n'));
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /from the plugin's feed, 1 request, \d+ ms → /);
  assert.deepEqual(JSON.parse(readFileSync(target, 'utf8')), await pluginFeed('&posts=1,2'));
});

test(
  'the real WordPress without the plugin: core REST gives the same archives, categories and comments; the classic menu with a password',
  { skip: noWordPress },
  async () => {
    const withPlugin = await pluginFeed();
    const credentials = wp('app-password', 'press-widgets export test');
    try {
      const [anonymous, withPassword] = await withoutPlugin(async () => [
        await run(['export', WORDPRESS, '--quiet']),
        await run(['export', WORDPRESS, '--quiet'], { PRESS_WIDGETS_USER: credentials }),
      ]);
      assert.equal(anonymous.code, 0, anonymous.stderr);
      assert.equal(withPassword.code, 0, withPassword.stderr);
      assert.deepEqual([anonymous.lines, withPassword.lines], [[], []]);
      // Compared as the widgets read them: WordPress writes some characters differently in each (&quot; or ").
      const core = normalizeFeed(JSON.parse(anonymous.stdout), 'core');
      const plugin = normalizeFeed(withPlugin, 'plugin');
      assert.deepEqual(core.archives, plugin.archives);
      // The plugin gives totalCount to every category, REST's reading to parents only (a leaf's is its count).
      assert.deepEqual(
        core.categories.map(({ id, name, url, count, parent, totalCount }) => [id, name, url, count, parent, totalCount ?? count]),
        plugin.categories.map(({ id, name, url, count, parent, totalCount }) => [id, name, url, count, parent, totalCount]),
      );
      // REST lists no pingbacks (the plugin does, as the Recent Comments widget), and gives excerpts untexturized: the rest agrees.
      const pluginComments = new Map(plugin.comments.map(({ id, author, postTitle, url }) => [id, [author, postTitle, url]]));
      const shared = core.comments.filter(({ id }) => pluginComments.has(id));
      assert.ok(shared.length >= core.comments.length - 1, `${shared.length} of ${core.comments.length}`);
      for (const { id, author, postTitle, url } of shared) assert.deepEqual([author, postTitle, url], pluginComments.get(id));
      assert.deepEqual(core.commentForm, plugin.commentForm);
      // The classic menu (the theme's first location) as the plugin gives it.
      assert.deepEqual(JSON.parse(withPassword.stdout).menu, withPlugin.menu);
    } finally {
      wp(
        'eval',
        `foreach (WP_Application_Passwords::get_user_application_passwords(1) as $p) { if ($p['name'] === 'press-widgets export test') { WP_Application_Passwords::delete_application_password(1, $p['uuid']); } }`,
      );
    }
  },
);
