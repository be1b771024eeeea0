<?php
// Seeds a large site for benchmarks: N published posts (default 10000) spread evenly over the
// 10 years up to 2025-07-31 (Europe/Berlin), in the same category tree as seed.php plus 40 more
// categories, and N/10 approved comments. Resets all content first.
//   php test/wordpress/seed-large.php [N] [--api]     (or: test/wordpress/wp.sh seed-large N)
//   --api: insert through wp_insert_post()/wp_insert_comment() (≈ 8 ms a post) instead of
//          batched INSERTs through $wpdb followed by recounting and cache cleaning.
require __DIR__ . '/bootstrap.php';
require __DIR__ . '/seed-lib.php';

$args = array_slice($argv, 1);
$api = in_array('--api', $args, true);
$numbers = array_values(array_filter($args, 'ctype_digit'));
$n = (int) ($numbers[0] ?? 10000);
$nComments = intdiv($n, 10);
$t0 = microtime(true);
global $wpdb;

press_test_reset_content();
$cat = press_test_categories();
for ($j = 1; $j <= 40; $j++) {
    $cat["extra$j"] = press_test_category(sprintf('Ressort %02d', $j), $j % 4 === 0 ? $cat['boersen'] : 0);
}
$catIds = array_values(array_diff_key($cat, ['uncategorized' => 1, 'ohne' => 1, 'meinung' => 1]));
$ttOf = [];
foreach ($catIds as $id) {
    $ttOf[$id] = (int) get_term($id, 'category')->term_taxonomy_id;
}
$t1 = microtime(true);

$tz = new DateTimeZone(PRESS_TEST_TIMEZONE);
$end = (new DateTimeImmutable('2025-07-31 23:59:00', $tz))->getTimestamp();
$start = (new DateTimeImmutable('2015-08-01 00:00:00', $tz))->getTimestamp();
$step = ($end - $start) / max(1, $n);
$utc = new DateTimeZone('UTC');

/** [local, gmt] of post $i (0-based), evenly spread, deterministic */
$dateOf = static function (int $i) use ($start, $step, $tz, $utc): array {
    $ts = (int) ($start + $i * $step);
    $local = (new DateTimeImmutable('@' . $ts))->setTimezone($tz)->format('Y-m-d H:i:s');
    return [$local, gmdate('Y-m-d H:i:s', $ts)];
};
$catsOf = static function (int $i) use ($catIds): array {
    $a = $catIds[$i % count($catIds)];
    $b = $catIds[($i * 7 + 3) % count($catIds)];
    return $i % 3 === 0 && $a !== $b ? [$a, $b] : [$a];
};

if ($api) {
    wp_defer_term_counting(true);
    wp_defer_comment_counting(true);
    $ids = [];
    for ($i = 0; $i < $n; $i++) {
        [$local] = $dateOf($i);
        $ids[] = wp_insert_post(wp_slash([
            'post_title' => "Benchmark-Beitrag $i", 'post_status' => 'publish', 'post_date' => $local,
            'post_content' => "<p>Benchmark-Beitrag $i.</p>", 'post_category' => $catsOf($i), 'post_author' => 1,
        ]));
    }
    $t2 = microtime(true);
    for ($j = 0; $j < $nComments; $j++) {
        $post = $ids[($j * 37) % $n];
        [$local, $gmt] = $dateOf(min($n - 1, ($j * 37) % $n + 1));
        wp_insert_comment(['comment_post_ID' => $post, 'comment_author' => "Leser $j", 'comment_author_email' => "leser$j@example.com",
            'comment_content' => "Kommentar $j", 'comment_approved' => 1, 'comment_date' => $local, 'comment_date_gmt' => $gmt]);
    }
    wp_defer_term_counting(false);
    wp_defer_comment_counting(false);
} else {
    $wpdb->query('START TRANSACTION');
    $batch = 1000;
    $next = 1 + (int) $wpdb->get_var("SELECT COALESCE(MAX(ID), 0) FROM $wpdb->posts");
    $first = $next;
    $home = home_url('/');
    for ($b = 0; $b < $n; $b += $batch) {
        $rows = [];
        $rels = [];
        for ($i = $b; $i < min($n, $b + $batch); $i++) {
            [$local, $gmt] = $dateOf($i);
            $id = $first + $i;
            $rows[] = $wpdb->prepare('(%d,1,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,0,%s,0,%s,%s,0)',
                $id, $local, $gmt, "<p>Benchmark-Beitrag $i.</p>", "Benchmark-Beitrag $i", '', 'publish', 'open', 'closed',
                '', "benchmark-beitrag-$i", '', '', $local, $gmt, '', $home . "?p=$id", 'post', '');
            foreach ($catsOf($i) as $c) {
                $rels[] = sprintf('(%d,%d,0)', $id, $ttOf[$c]);
            }
        }
        $wpdb->query("INSERT INTO $wpdb->posts (ID, post_author, post_date, post_date_gmt, post_content, post_title,
            post_excerpt, post_status, comment_status, ping_status, post_password, post_name, to_ping, pinged,
            post_modified, post_modified_gmt, post_content_filtered, post_parent, guid, menu_order, post_type,
            post_mime_type, comment_count) VALUES " . implode(',', $rows));
        $wpdb->query("INSERT INTO $wpdb->term_relationships (object_id, term_taxonomy_id, term_order) VALUES " . implode(',', $rels));
    }
    $t2 = microtime(true);
    for ($b = 0; $b < $nComments; $b += $batch) {
        $rows = [];
        for ($j = $b; $j < min($nComments, $b + $batch); $j++) {
            $postIndex = ($j * 37) % $n;
            [$local, $gmt] = $dateOf(min($n - 1, $postIndex + 1));
            $rows[] = $wpdb->prepare("(%d,%s,%s,'','127.0.0.1',%s,%s,%s,0,'1','press-widgets seed','comment',0,0)",
                $first + $postIndex, "Leser $j", "leser$j@example.com", $local, $gmt, "Kommentar $j");
        }
        if ($rows) {
            $wpdb->query("INSERT INTO $wpdb->comments (comment_post_ID, comment_author, comment_author_email,
                comment_author_url, comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma,
                comment_approved, comment_agent, comment_type, comment_parent, user_id) VALUES " . implode(',', $rows));
        }
    }
    $wpdb->query("UPDATE $wpdb->posts p JOIN (SELECT comment_post_ID id, COUNT(*) c FROM $wpdb->comments
        WHERE comment_approved = '1' GROUP BY comment_post_ID) x ON x.id = p.ID SET p.comment_count = x.c");
    $wpdb->query('COMMIT');
    press_test_after_direct_writes($catIds);
}
// A block-theme menu, so that press-menu has a navigation to read here too.
$navigation = '';
foreach (array_slice($catIds, 0, 5) as $category) {
    $navigation .= serialize_block(['blockName' => 'core/navigation-link', 'innerBlocks' => [], 'innerHTML' => '', 'innerContent' => [],
        'attrs' => ['label' => get_cat_name($category), 'url' => get_category_link($category), 'kind' => 'taxonomy', 'type' => 'category', 'id' => $category]]);
}
wp_insert_post(['post_type' => 'wp_navigation', 'post_status' => 'publish', 'post_title' => 'Navigation', 'post_content' => wp_slash($navigation)]);
flush_rewrite_rules(false);
wp_cache_flush();
$t3 = microtime(true);

$published = (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts WHERE post_type = 'post' AND post_status = 'publish'");
$months = (int) $wpdb->get_var("SELECT COUNT(DISTINCT DATE_FORMAT(post_date, '%Y-%m')) FROM $wpdb->posts WHERE post_type = 'post' AND post_status = 'publish'");
$manifest = [
    'url' => home_url('/'),
    'large' => true,
    'mode' => $api ? 'wp_insert_post' : 'wpdb batch',
    'published_posts' => $published,
    'months' => $months,
    'comments' => (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->comments"),
    'categories' => count(get_terms(['taxonomy' => 'category', 'hide_empty' => false, 'fields' => 'ids'])),
    'seconds' => ['reset_and_terms' => round($t1 - $t0, 2), 'posts' => round($t2 - $t1, 2),
                  'comments_and_counts' => round($t3 - $t2, 2), 'total' => round($t3 - $t0, 2)],
];
press_test_write_manifest($manifest);
printf("seed-large (%s): %d posts over %d months, %d comments, %d categories in %.2f s (posts %.2f s)\n",
    $manifest['mode'], $published, $months, $manifest['comments'], $manifest['categories'], $t3 - $t0, $t2 - $t1);
