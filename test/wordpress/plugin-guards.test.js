// The plugin's feed where a shared cache and a hostile site meet it, run inside the real WordPress
// (test/wordpress/wp.sh eval), each case in a database transaction rolled back: a visitor's
// post-password cookie changes nothing in the cached answer, a menu item's javascript: URL is no
// link, and a post's thread costs no query per comment. `node --test test/wordpress/plugin-guards.test.js`;
// skipped where WordPress is not installed, unless PRESS_REQUIRE_WORDPRESS=1 (as in CI).
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
