// The plugin's feed where a shared cache and a hostile site meet it, run inside the real WordPress
// (test/wordpress/wp.sh eval), each case in a database transaction rolled back: a visitor's
// post-password cookie changes nothing in the cached answer, a menu item's javascript: URL is no
// link, a post's thread costs no query per comment, a block theme's menu is what its header shows
// (twentytwentythree, switched to inside the transaction: no other request sees it), comments on
// posts without public pages stay out, and the front-end setting's checkbox stores 1 or 0.
// `node --test test/wordpress/plugin-guards.test.js`; skipped where WordPress is not installed,
// unless PRESS_REQUIRE_WORDPRESS=1 (as in CI).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const WP_SH = join(dirname(fileURLToPath(import.meta.url)), 'wp.sh');
const installed = existsSync('/var/lib/wordpress/wp-content/plugins/press-widgets/press-widgets.php');
const skip = !installed && !process.env.PRESS_REQUIRE_WORDPRESS && 'no WordPress with the plugin here (test/wordpress/setup.sh)';

/** Runs `php` inside WordPress, in a transaction rolled back afterwards, and returns what it echoes as JSON. */
function inWordPress(php) {
  const code = `global $wpdb; $wpdb->query('START TRANSACTION');
    try { wp_set_current_user(0); ${php} } finally { $wpdb->query('ROLLBACK'); wp_cache_flush(); }`;
  return JSON.parse(execFileSync('bash', [WP_SH, 'eval', code], { encoding: 'utf8' }).trim().split('\n').at(-1));
}

test('a post-password cookie does not put a protected post’s comment into the shared answer', { skip }, () => {
  const [without, withCookie] = inWordPress(`
    $post = wp_insert_post(['post_title' => 'Locked', 'post_status' => 'publish', 'post_password' => 's3cret', 'post_content' => 'x']);
    wp_insert_comment(['comment_post_ID' => $post, 'comment_content' => 'SECRET-TEXT', 'comment_approved' => 1, 'comment_author' => 'A', 'comment_date' => '2030-01-01 10:00:00', 'comment_date_gmt' => '2030-01-01 10:00:00']);
    $get = function () { $r = rest_do_request(new WP_REST_Request('GET', '/press/v1/feed')); return [$r->get_data()['comments'][0]['excerpt'], $r->get_headers()['ETag']]; };
    $without = $get();
    require_once ABSPATH . WPINC . '/class-phpass.php';
    $_COOKIE['wp-postpass_' . COOKIEHASH] = (new PasswordHash(8, true))->HashPassword('s3cret');
    echo json_encode([$without, $get()]);`);
  assert.equal(without[0], 'Password protected');
  assert.deepEqual(withCookie, without);
});

test('a menu item whose URL is javascript: is no link, as wp_nav_menu() prints it', { skip }, () => {
  const urls = inWordPress(`
    $menu = wp_get_nav_menu_object('press-main');
    $item = wp_update_nav_menu_item($menu->term_id, 0, ['menu-item-title' => 'JS', 'menu-item-url' => 'https://example.com/', 'menu-item-type' => 'custom', 'menu-item-status' => 'publish']);
    update_post_meta($item, '_menu_item_url', 'javascript:alert(1)');
    wp_cache_flush();
    $flat = function ($items) use (&$flat) { $out = []; foreach ($items as $i) { $out[] = [$i['label'], $i['url']]; $out = array_merge($out, $flat($i['children'])); } return $out; };
    echo json_encode($flat(Press_Widgets_Feed::menu('primary')));`);
  assert.deepEqual(
    urls.filter(([label]) => label === 'JS'),
    [['JS', '']],
  );
  assert.equal(urls.filter(([, url]) => /^\s*javascript:/i.test(url)).length, 0);
});

test('a paged thread of 300 comments costs no query per comment, its links on the pages core gives', { skip }, () => {
  const { queries, links, core } = inWordPress(`
    update_option('page_comments', 1); update_option('comments_per_page', 7); update_option('thread_comments', 1);
    $post = wp_insert_post(['post_title' => 'Busy', 'post_status' => 'publish', 'post_content' => 'x']);
    $ids = [];
    for ($i = 0; $i < 300; $i++) {
      $parent = $i % 3 && $ids ? $ids[array_rand($ids)] : 0;
      $date = gmdate('Y-m-d H:i:s', 1800000000 + intdiv($i, 2) * 60);
      $ids[] = wp_insert_comment(['comment_post_ID' => $post, 'comment_parent' => $parent, 'comment_content' => "c$i", 'comment_approved' => 1, 'comment_author' => 'A', 'comment_date' => $date, 'comment_date_gmt' => $date, 'comment_type' => $i % 50 === 7 ? 'pingback' : 'comment']);
    }
    wp_cache_flush();
    $before = $wpdb->num_queries;
    $thread = Press_Widgets_Feed::thread($post);
    $queries = $wpdb->num_queries - $before;
    $links = []; $core = [];
    foreach ($thread['comments'] as $c) { $links[$c['id']] = $c['url']; $core[$c['id']] = get_comment_link($c['id']); }
    echo json_encode(['queries' => $queries, 'links' => $links, 'core' => $core]);`);
  assert.ok(queries < 60, `${String(queries)} queries for 300 comments`);
  assert.equal(Object.keys(links).length, 294); // the 6 pingbacks are not in the feed
  assert.deepEqual(links, core);
});

/**
 * PHP: `$rendered($html)`, the items of the first Navigation block in `$html` as a reader sees them
 * (each `li`'s first link, its first nested list), and `$shown($menu)`, the feed's menu the same way.
 */
const NAVIGATION_ITEMS = `
  $rendered = function ($html) {
    $doc = new DOMDocument();
    $doc->loadHTML('<meta charset="utf-8">' . $html, LIBXML_NOERROR | LIBXML_NOWARNING);
    $xpath = new DOMXPath($doc);
    $fold = function ($text) { return trim(preg_replace('/\\s+/u', ' ', $text)); };
    $items = function ($lis) use (&$items, $xpath, $fold) {
      $out = [];
      foreach ($lis as $li) {
        $a = $xpath->query('(.//a | .//button)[1]', $li)->item(0);
        $out[] = ['label' => $a ? $fold($a->textContent) : '', 'url' => $a && $a->nodeName === 'a' ? $a->getAttribute('href') : '',
                  'children' => $items($xpath->query('(.//ul)[1]/li', $li))];
      }
      return $out;
    };
    $nav = $xpath->query('//nav[contains(concat(" ", @class, " "), " wp-block-navigation ")]')->item(0);
    return $nav ? $items($xpath->query('.//li[not(ancestor::li)]', $nav)) : null;
  };
  $shown = function ($menu) use (&$shown) {
    return array_map(function ($item) use ($shown) {
      return ['label' => trim(preg_replace('/\\s+/u', ' ', html_entity_decode($item['label'], ENT_QUOTES | ENT_HTML5, 'UTF-8'))), 'url' => $item['url'], 'children' => $shown($item['children'])];
    }, $menu);
  };
  $feed = function ($query = []) {
    $request = new WP_REST_Request('GET', '/press/v1/feed');
    $request->set_query_params($query);
    return rest_do_request($request)->get_data();
  };
  // The theme's header, as its template prints it (texturized, get_the_block_template_html()).
  $header = function () { return wptexturize(do_blocks(get_block_template(get_stylesheet() . '//header', 'wp_template_part')->content)); };
  switch_theme('twentytwentythree');`;

const blockThemeInstalled = existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/parts/header.html');
const skipBlockTheme =
  skip || (!blockThemeInstalled && !process.env.PRESS_REQUIRE_WORDPRESS && 'no twentytwentythree here (test/wordpress/env.sh WP_PACKAGES)');

test('a block theme: the feed’s menu is what its header’s Navigation block shows (the newest Navigation menu)', { skip: skipBlockTheme }, () => {
  const { block, menu, header, byId } = inWordPress(`${NAVIGATION_ITEMS}
    $newest = get_posts(['post_type' => 'wp_navigation', 'numberposts' => 1, 'orderby' => 'date', 'order' => 'DESC'])[0];
    echo json_encode(['block' => wp_is_block_theme(), 'menu' => $shown($feed()['menu']), 'header' => $rendered($header()),
      'byId' => $shown($feed(['navigation' => $newest->ID])['menu'])]);`);
  assert.equal(block, true);
  assert.ok(header.length > 2, 'the header shows the seed’s Navigation menu');
  assert.ok(
    header.some(({ children }) => children.some((child) => child.children.length > 0)),
    'a third level',
  );
  assert.deepEqual(menu, header);
  assert.deepEqual(byId, header, '?navigation= the same menu');
});

test('a block theme whose header names a Navigation menu (ref) shows that one, not the newest', { skip: skipBlockTheme }, () => {
  const { menu, header, sameAsNamed } = inWordPress(`${NAVIGATION_ITEMS}
    $named = wp_insert_post(['post_type' => 'wp_navigation', 'post_status' => 'publish', 'post_title' => 'Named', 'post_date' => '2001-01-01 00:00:00',
      'post_content' => wp_slash('<!-- wp:navigation-link {"label":"Named one","url":"https://example.com/one","kind":"custom"} /--><!-- wp:home-link {"label":"Home \\u0026 away"} /-->')]);
    wp_insert_post(['post_type' => 'wp_navigation', 'post_status' => 'publish', 'post_title' => 'Newest', 'post_date' => '2030-01-01 00:00:00',
      'post_content' => '<!-- wp:navigation-link {"label":"Newest","url":"https://example.com/newest","kind":"custom"} /-->']);
    // The header as the site editor saves it: a template part of this theme in the database.
    $part = wp_insert_post(['post_type' => 'wp_template_part', 'post_status' => 'publish', 'post_name' => 'header', 'post_title' => 'Header',
      'post_content' => '<!-- wp:site-title /--><!-- wp:navigation {"ref":' . $named . '} /-->']);
    wp_set_object_terms($part, 'twentytwentythree', 'wp_theme');
    wp_set_object_terms($part, 'header', 'wp_template_part_area');
    echo json_encode(['menu' => $shown($feed()['menu']), 'header' => $rendered($header()), 'sameAsNamed' => $shown($feed()['menu']) === $shown($feed(['navigation' => $named])['menu'])]);`);
  assert.deepEqual(header, [
    { label: 'Named one', url: 'https://example.com/one', children: [] },
    { label: 'Home & away', url: 'http://127.0.0.1:8088', children: [] },
  ]);
  assert.deepEqual(menu, header);
  assert.equal(sameAsNamed, true, '?navigation= the same menu');
});

test('a block theme without a published Navigation menu: the list of pages, as the block falls back to', { skip: skipBlockTheme }, () => {
  const { menu, header } = inWordPress(`${NAVIGATION_ITEMS}
    foreach (get_posts(['post_type' => 'wp_navigation', 'numberposts' => -1]) as $navigation) wp_update_post(['ID' => $navigation->ID, 'post_status' => 'draft']);
    $parent = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'A parent', 'menu_order' => -1]);
    wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'A child', 'post_parent' => $parent]);
    $draft = wp_insert_post(['post_type' => 'page', 'post_status' => 'draft', 'post_title' => 'A draft']);
    wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Under a draft', 'post_parent' => $draft]);
    echo json_encode(['menu' => $shown($feed()['menu']), 'header' => $rendered($header())]);`);
  assert.ok(header.length > 1, 'the pages');
  assert.deepEqual(header[0].label, 'A parent');
  assert.deepEqual(
    header[0].children.map(({ label }) => label),
    ['A child'],
  );
  assert.ok(!JSON.stringify(header).includes('Under a draft'));
  assert.deepEqual(menu, header);
});

test('recent comments leave out comments on posts of a type without public pages', { skip }, () => {
  const { listed, viewable } = inWordPress(`
    register_post_type('press_internal', ['public' => false, 'supports' => ['comments']]);
    $post = wp_insert_post(['post_type' => 'press_internal', 'post_status' => 'publish', 'post_title' => 'Internal', 'post_content' => 'x']);
    wp_insert_comment(['comment_post_ID' => $post, 'comment_content' => 'INTERNAL-NOTE', 'comment_approved' => 1, 'comment_author' => 'A', 'comment_date' => '2031-01-01 10:00:00', 'comment_date_gmt' => '2031-01-01 10:00:00']);
    $page = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'A page', 'post_content' => 'x']);
    wp_insert_comment(['comment_post_ID' => $page, 'comment_content' => 'PAGE-COMMENT', 'comment_approved' => 1, 'comment_author' => 'A', 'comment_date' => '2030-01-01 10:00:00', 'comment_date_gmt' => '2030-01-01 10:00:00']);
    $excerpts = wp_list_pluck(rest_do_request(new WP_REST_Request('GET', '/press/v1/feed'))->get_data()['comments'], 'excerpt');
    echo json_encode(['listed' => array_slice($excerpts, 0, 1), 'viewable' => in_array('PAGE-COMMENT', $excerpts, true)]);`);
  assert.deepEqual(listed, ['PAGE-COMMENT']);
  assert.equal(viewable, true);
});

test('Settings → Reading has the checkbox, on by default; what it stores is 1 or 0', { skip }, () => {
  const { field, stored, off } = inWordPress(`
    delete_option('press_widgets_enqueue');
    require_once ABSPATH . 'wp-admin/includes/template.php';
    do_action('admin_init');
    ob_start(); do_settings_fields('reading', 'default'); $field = ob_get_clean();
    $stored = [];
    foreach (['1', 'on', true, '0', '', null, false, 'false'] as $value) $stored[] = apply_filters('sanitize_option_press_widgets_enqueue', $value, 'press_widgets_enqueue', $value);
    update_option('press_widgets_enqueue', null);
    ob_start(); do_settings_fields('reading', 'default'); $off = ob_get_clean();
    echo json_encode(['field' => $field, 'stored' => $stored, 'off' => $off]);`);
  assert.match(field, /<input name="press_widgets_enqueue" id="press_widgets_enqueue" type="checkbox" value="1" +checked='checked' \/>/);
  assert.deepEqual(stored, ['1', '1', '1', '0', '0', '0', '0', '0']);
  assert.doesNotMatch(off, /checked/, 'an unticked box (options.php sends null) turns it off');
});
