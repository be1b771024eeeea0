<?php
// Shared by seed.php and seed-large.php: wipe the content, set the site-wide options the seeds
// rely on, create the category tree. Requires bootstrap.php first.

const PRESS_TEST_TIMEZONE = 'Europe/Berlin';

/**
 * Empties posts, pages, menus, comments, terms and extra users, so that ids restart at 1
 * (term 1 "Uncategorized" is recreated as WordPress installs it). Deterministic ids make
 * failures easier to read; tests should still look things up in the manifest (seed.json).
 */
function press_test_reset_content(): void
{
    global $wpdb;
    foreach ([$wpdb->posts, $wpdb->postmeta, $wpdb->comments, $wpdb->commentmeta, $wpdb->terms,
              $wpdb->term_taxonomy, $wpdb->term_relationships, $wpdb->termmeta] as $table) {
        $wpdb->query("TRUNCATE TABLE $table");
    }
    $wpdb->query($wpdb->prepare("DELETE FROM $wpdb->usermeta WHERE user_id <> %d", 1));
    $wpdb->query($wpdb->prepare("DELETE FROM $wpdb->users WHERE ID <> %d", 1));
    $wpdb->query("ALTER TABLE $wpdb->users AUTO_INCREMENT = 2");

    $wpdb->insert($wpdb->terms, ['term_id' => 1, 'name' => 'Uncategorized', 'slug' => 'uncategorized', 'term_group' => 0]);
    $wpdb->insert($wpdb->term_taxonomy, ['term_taxonomy_id' => 1, 'term_id' => 1, 'taxonomy' => 'category',
                                         'description' => '', 'parent' => 0, 'count' => 0]);
    update_option('default_category', 1);
    update_option('sticky_posts', []);
    update_option('show_on_front', 'posts');
    update_option('page_on_front', 0);
    update_option('page_for_posts', 0);
    update_option('wp_page_for_privacy_policy', 0);
    delete_option('category_children');
    remove_theme_mod('nav_menu_locations');
    wp_cache_flush();

    update_option('timezone_string', PRESS_TEST_TIMEZONE);
    update_option('gmt_offset', '');
    wp_update_user(['ID' => 1, 'display_name' => 'Redaktion', 'nickname' => 'Redaktion']);
}

/** Inserts a category and returns its term id. */
function press_test_category(string $name, int $parent = 0, string $description = ''): int
{
    $term = wp_insert_term($name, 'category', ['parent' => $parent, 'description' => $description]);
    if (is_wp_error($term)) {
        throw new RuntimeException("category $name: " . $term->get_error_message());
    }
    return (int) $term['term_id'];
}

/**
 * The category tree both seeds use. Returns key => term id.
 *   Uncategorized (0 posts; the default category, which no seeded post uses)
 *   Börsen & Märkte ─ Aktien ─ Dividenden & "Value"
 *                   └ Anleihen
 *   日本のニュース ─ Ohne Beiträge (0 posts)
 *   S&P 500
 *   Meinung (0 posts of its own) ─ Kommentare & Analysen
 */
function press_test_categories(): array
{
    $c = ['uncategorized' => 1];
    $c['boersen'] = press_test_category('Börsen & Märkte', 0, 'Alles über „Börsen“ & <Märkte> – "zitiert"');
    $c['aktien'] = press_test_category('Aktien', $c['boersen']);
    $c['dividenden'] = press_test_category('Dividenden & "Value"', $c['aktien']);
    $c['anleihen'] = press_test_category('Anleihen', $c['boersen']);
    $c['japan'] = press_test_category('日本のニュース');
    $c['ohne'] = press_test_category('Ohne Beiträge', $c['japan']);
    $c['sp500'] = press_test_category('S&P 500');
    $c['meinung'] = press_test_category('Meinung');
    $c['kommentare'] = press_test_category('Kommentare & Analysen', $c['meinung']);
    return $c;
}

/** Local "Y-m-d H:i:s" in the site's timezone → UTC "Y-m-d H:i:s". */
function press_test_gmt(string $local): string
{
    $d = new DateTimeImmutable($local, new DateTimeZone(PRESS_TEST_TIMEZONE));
    return $d->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d H:i:s');
}

function press_test_after_direct_writes(array $category_ids): void
{
    global $wpdb;
    $tt = $wpdb->get_col("SELECT term_taxonomy_id FROM $wpdb->term_taxonomy WHERE taxonomy = 'category'");
    wp_update_term_count_now(array_map('intval', $tt), 'category');
    delete_option('category_children');
    clean_taxonomy_cache('category');
    wp_cache_flush();
}

function press_test_write_manifest(array $manifest): string
{
    $dir = getenv('WP_STATE') ?: '/var/tmp/press-wordpress';
    if (!is_dir($dir)) {
        mkdir($dir, 0777, true);
    }
    $json = json_encode($manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
    file_put_contents("$dir/seed.json", $json);
    return $json;
}
