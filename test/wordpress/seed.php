<?php
// Seeds the integration site with a small, deterministic data set (about 60 posts over 15 months,
// Europe/Berlin time). Resets all content first, so it is idempotent. Writes a manifest of ids
// to $WP_STATE/seed.json (default /var/tmp/press-wordpress/seed.json) and prints it.
//   php test/wordpress/seed.php [--quiet]      (or: test/wordpress/wp.sh seed)
require __DIR__ . '/bootstrap.php';
require __DIR__ . '/seed-lib.php';

$quiet = in_array('--quiet', $argv, true);
$t0 = microtime(true);

press_test_reset_content();
wp_defer_term_counting(true);
wp_defer_comment_counting(true);
$cat = press_test_categories();

/** @return int post id */
function press_test_post(array $p): int
{
    $id = wp_insert_post(wp_slash(array_merge([
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_author' => 1,
        'comment_status' => 'open',
        'ping_status' => 'closed',
        'post_content' => "<!-- wp:paragraph -->\n<p>" . esc_html($p['post_title']) . " – Beispieltext für die Tests.</p>\n<!-- /wp:paragraph -->",
    ], $p)), true);
    if (is_wp_error($id)) {
        throw new RuntimeException($p['post_title'] . ': ' . $id->get_error_message());
    }
    return $id;
}

// ---- posts: 57 regular ones over 2024-05 … 2025-07 (none in 2024-12), plus 3 at month boundaries
$months = ['2024-05' => 3, '2024-06' => 5, '2024-07' => 4, '2024-08' => 6, '2024-09' => 2, '2024-10' => 5,
           '2024-11' => 4, '2024-12' => 0, '2025-01' => 1, '2025-02' => 6, '2025-03' => 5, '2025-04' => 3,
           '2025-05' => 4, '2025-06' => 5, '2025-07' => 4];
$sets = [['boersen'], ['aktien'], ['boersen', 'aktien'], ['anleihen'], ['dividenden'], ['aktien', 'dividenden'],
         ['japan'], ['sp500'], ['sp500', 'aktien'], ['kommentare'], ['japan', 'kommentare'], ['boersen', 'anleihen']];
$specials = [
    '2024-05' => [0 => ['key' => 'first', 'title' => 'Der erste Beitrag', 'cats' => ['boersen']]],
    '2024-10' => [2 => ['key' => 'oil', 'title' => 'Ölpreis über 90 $ — Märkte nervös', 'cats' => ['boersen']]],
    '2025-01' => [0 => ['key' => 'closed', 'title' => 'Kommentare geschlossen: Jahresausblick 2025', 'cats' => ['kommentare']]],
    '2025-02' => [1 => ['key' => 'tokyo', 'title' => '東京株式市場：日経平均が続伸', 'cats' => ['japan', 'aktien']]],
    '2025-04' => [0 => ['key' => 'encoded', 'title' => 'Tom &amp; Jerry: schon kodiert', 'cats' => ['kommentare']]],
    '2025-05' => [2 => ['key' => 'sp500', 'title' => "S&P 500 klettert auf Rekord – „Zinsen“ & 'Gewinne'", 'cats' => ['sp500', 'boersen']]],
    '2025-06' => [3 => ['key' => 'ispace', 'title' => 'Japan’s "ispace" & <b>', 'cats' => ['japan']]],
];
// Local 00:xx on the 1st is still the previous month in UTC: archives must group by local time.
$boundary = [
    ['key' => 'boundary_nov', 'date' => '2024-11-01 00:15:00', 'title' => 'Monatswechsel: November (Winterzeit, UTC noch Oktober)', 'cats' => ['boersen']],
    ['key' => 'boundary_mar', 'date' => '2025-03-01 00:30:00', 'title' => 'Monatswechsel: März (UTC noch Februar)', 'cats' => ['anleihen']],
    ['key' => 'boundary_jul', 'date' => '2025-07-01 01:30:00', 'title' => 'Monatswechsel: Juli (Sommerzeit, UTC noch Juni)', 'cats' => ['aktien']],
];

$plan = [];
$i = 0;
$m = 0;
foreach ($months as $ym => $n) {
    for ($k = 0; $k < $n; $k++, $i++) {
        $day = 2 + intdiv($k * 26, $n);
        $date = sprintf('%s-%02d %02d:%02d:00', $ym, $day, 8 + ($k * 5 + $m) % 11, ($k * 17 + $m * 7) % 60);
        $s = $specials[$ym][$k] ?? null;
        $plan[] = [
            'key' => $s['key'] ?? null,
            'date' => $date,
            'title' => $s['title'] ?? sprintf('Marktbericht Nr. %d: %s', $i + 1, date_i18n('F Y', strtotime("$ym-01"))),
            'cats' => $s['cats'] ?? $sets[$i % count($sets)],
        ];
    }
    $m++;
}
$plan = array_merge($plan, $boundary);
usort($plan, static fn($a, $b) => strcmp($a['date'], $b['date']));

$posts = [];
$boundaryOut = [];
foreach ($plan as $p) {
    $id = press_test_post([
        'post_title' => $p['title'],
        'post_date' => $p['date'],
        'post_category' => array_map(static fn($c) => $cat[$c], $p['cats']),
        'comment_status' => $p['key'] === 'closed' ? 'closed' : 'open',
    ]);
    if ($p['key'] !== null) {
        $posts[$p['key']] = $id;
    }
    if (str_starts_with((string) $p['key'], 'boundary_')) {
        $boundaryOut[$p['key']] = ['id' => $id, 'date' => $p['date'], 'date_gmt' => press_test_gmt($p['date'])];
    }
}
$published = count($plan);

// ---- not published: none of these may show up in counts, archives or comment lists
$posts['draft'] = press_test_post(['post_title' => 'Entwurf: nicht sichtbar', 'post_status' => 'draft',
                                   'post_date' => '2025-06-10 10:00:00', 'post_category' => [$cat['boersen']]]);
$posts['private'] = press_test_post(['post_title' => 'Privat: nur für die Redaktion', 'post_status' => 'private',
                                     'post_date' => '2025-05-05 10:00:00', 'post_category' => [$cat['boersen']]]);
$posts['future'] = press_test_post(['post_title' => 'Geplant: Ausblick 2099', 'post_status' => 'publish',
                                    'post_date' => '2099-01-15 10:00:00', 'post_category' => [$cat['aktien']]]);
$pages = [];
$pages['about'] = press_test_post(['post_type' => 'page', 'post_title' => 'Über uns', 'post_date' => '2024-05-01 09:00:00']);
$pages['imprint'] = press_test_post(['post_type' => 'page', 'post_title' => 'Impressum', 'post_parent' => $pages['about'],
                                     'post_date' => '2024-05-01 09:05:00']);
$pages['privacy'] = press_test_post(['post_type' => 'page', 'post_title' => 'Datenschutz', 'post_date' => '2024-05-01 09:10:00']);

// ---- comments (wp_insert_comment stores them as given; dates are site-local)
// Stored as a real submission would be: wp_filter_comment() runs the pre_comment_* filters (names
// lose tags and get "&" encoded, links get rel="nofollow ugc"), as a visitor (kses) unless user_id is set.
function press_test_comment(int $post, string $date, array $c): int
{
    $visitor = empty($c['user_id']);
    if ($visitor) {
        wp_set_current_user(0);
    }
    $data = wp_filter_comment(wp_slash(array_merge([
        'comment_post_ID' => $post,
        'comment_date' => $date,
        'comment_date_gmt' => press_test_gmt($date),
        'comment_author_email' => sanitize_title($c['comment_author'] ?? 'x') . '@example.com',
        'comment_author_url' => '',
        'comment_author_IP' => '127.0.0.1',
        'comment_agent' => 'press-widgets seed',
        'comment_approved' => 1,
        'comment_type' => 'comment',
        'comment_parent' => 0,
        'user_id' => 0,
    ], $c)));
    if ($visitor) {
        wp_set_current_user(1);
    }
    $id = wp_insert_comment($data);
    if (!$id) {
        throw new RuntimeException("comment on $post at $date failed");
    }
    return $id;
}
$cm = [];
$cm['juergen'] = press_test_comment($posts['sp500'], '2025-06-01 10:00:00', ['comment_author' => 'Jürgen Müller',
    'comment_author_url' => 'https://example.com/juergen', 'comment_content' => 'Sehr guter Überblick – danke! Märkte & „Börsen“ bleiben spannend.']);
$cm['anna_reply'] = press_test_comment($posts['sp500'], '2025-06-01 12:30:00', ['comment_author' => 'Anna Schmidt',
    'comment_parent' => $cm['juergen'], 'comment_content' => 'Sehe ich genauso, Jürgen.']);
$cm['pingback'] = press_test_comment($posts['sp500'], '2025-06-02 09:00:00', ['comment_author' => 'Ein anderes Blog',
    'comment_author_url' => 'https://blog.example.com/2025/06/verweis/', 'comment_author_email' => '', 'comment_type' => 'pingback',
    'comment_content' => '[&#8230;] wie die Kollegen berichten [&#8230;]']);
$cm['yamada'] = press_test_comment($posts['tokyo'], '2025-06-05 08:00:00', ['comment_author' => '山田太郎',
    'comment_author_email' => 'yamada@example.jp', 'comment_content' => '素晴らしい記事です。ありがとうございます。']);
$cm['obrien'] = press_test_comment($posts['oil'], '2025-06-10 18:20:00', ['comment_author' => "O'Brien & \"Sons\" <Ltd>",
    'comment_author_email' => 'obrien@example.org', 'comment_author_url' => 'https://example.org/?a=1&b=2',
    'comment_content' => 'I <em>really</em> liked "this" & that. See <a href="https://example.org/">our site</a>.']);
$cm['editor'] = press_test_comment($posts['ispace'], '2025-06-19 09:00:00', ['comment_author' => 'Redaktion', 'user_id' => 1,
    'comment_author_email' => 'admin@example.com', 'comment_author_url' => home_url('/'),
    'comment_content' => 'Update: Der Lander hat den Mondorbit erreicht.']);
$cm['long'] = press_test_comment($posts['encoded'], '2025-06-25 14:00:00', ['comment_author' => 'Lena',
    'comment_author_url' => 'http://example.net', 'comment_content' => 'Ein ausführlicher Kommentar, der länger ist als '
    . 'die zwanzig Wörter, die der Block „Neueste Kommentare“ als Auszug zeigt: eins zwei drei vier fünf sechs sieben acht '
    . 'neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig einundzwanzig.']);
$cm['closed_post'] = press_test_comment($posts['closed'], '2025-01-21 09:00:00', ['comment_author' => 'Max Mustermann',
    'comment_content' => 'Geschrieben, bevor die Kommentare geschlossen wurden.']);
$cm['private_post'] = press_test_comment($posts['private'], '2025-06-28 10:00:00', ['comment_author' => 'Geheim',
    'comment_content' => 'Kommentar zu einem privaten Beitrag: darf öffentlich nicht erscheinen.']);
$recent = $posts['boundary_jul'];
$cm['emoji'] = press_test_comment($recent, '2025-07-02 07:45:00', ['comment_author' => '🚀 Fan',
    'comment_content' => '🚀🚀🚀 To the moon!']);
$cm['multiline'] = press_test_comment($posts['sp500'], '2025-07-03 16:10:00', ['comment_author' => 'Karl',
    'comment_content' => "Erster Absatz.\n\nZweiter Absatz mit <strong>fett</strong>."]);
$cm['yuki'] = press_test_comment($posts['ispace'], '2025-07-04 20:05:00', ['comment_author' => 'Yuki',
    'comment_author_url' => 'https://example.jp/ユーザー/', 'comment_content' => 'ispaceの着陸、楽しみですね！ “Quotes” & &lt;tags&gt;']);
$cm['anna_emoji'] = press_test_comment($posts['ispace'], '2025-07-05 06:30:00', ['comment_author' => 'Anna Schmidt',
    'comment_parent' => $cm['yuki'], 'comment_content' => 'Ja! 😊']);
$cm['held'] = press_test_comment($posts['ispace'], '2025-07-05 09:00:00', ['comment_author' => 'Wartet Noch',
    'comment_approved' => 0, 'comment_content' => 'Dieser Kommentar wartet auf Freigabe.']);
$cm['spam'] = press_test_comment($posts['ispace'], '2025-07-05 10:00:00', ['comment_author' => 'Spammer',
    'comment_approved' => 'spam', 'comment_content' => 'Buy now!']);
$cm['trash'] = press_test_comment($posts['ispace'], '2025-07-05 11:00:00', ['comment_author' => 'Gelöscht',
    'comment_approved' => 'trash', 'comment_content' => 'Im Papierkorb.']);

// ---- a conversation for press-comments (test/wordpress/thread.test.ts), dated before every other
// comment so the newest five stay the ones above: a reply chain 8 deep under the first comment,
// allowed and disallowed HTML, names in three scripts, a held comment with an approved reply, 8
// top-level comments (3 pages of 3), the spring change to summer time (2025-03-30 02:00 → 03:00)
// between two comments; and a post closed to comments that has some.
$posts['thread'] = press_test_post(['post_title' => 'Zinsen & „Märkte“: wer hat recht?', 'post_date' => '2025-03-20 10:00:00',
    'post_category' => [$cat['kommentare']]]);
$posts['thread_closed'] = press_test_post(['post_title' => 'Geschlossen: Rückblick & Ausblick', 'post_date' => '2025-03-21 10:00:00',
    'post_category' => [$cat['kommentare']], 'comment_status' => 'closed']);
$thread = [];
$thread['zoe'] = press_test_comment($posts['thread'], '2025-03-25 09:00:00', ['comment_author' => 'Zoë Ångström',
    'comment_author_url' => 'https://zoe.example/blog?a=1&b=2',
    // The first 20 words plain: the Latest Comments block's excerpt is made from the stored text.
    'comment_content' => 'Ich stimme zu, aber nur teilweise: die Zinsen bleiben hoch, und die Märkte reagieren viel zu schnell auf jede kleine Nachricht. '
    . '<strong>Stark</strong>, <em>betont</em>, <b>fett</b>, <i>kursiv</i>, <code>x &lt; y</code>, '
    . '<a href="https://example.com/quelle" title="Die Quelle">eine Quelle</a>, <abbr title="Europäische Zentralbank">EZB</abbr>, '
    . '<acronym title="Federal Reserve">FED</acronym>, <q cite="https://example.com/q">kurz zitiert</q>, <cite>Das Werk</cite>, '
    . '<del datetime="2025-03-01T00:00:00+00:00">alt</del> <s>falsch</s> <strike>weg</strike>'
    . "\n\n<blockquote cite=\"https://example.com/zitat\">Ein längeres Zitat.</blockquote>"]);
$chain = [['li', '李雷', '我同意。'], ['mohammed', 'محمد', 'أنا لا أوافق.'], ['zoe2', 'Zoë Ångström', 'Warum nicht?'],
          ['li2', '李雷', '因为利率。'], ['mohammed2', 'محمد', 'ربما.'], ['ola', 'Ola Nordmann', 'Ganz unten angekommen.'],
          ['zoe3', 'Zoë Ångström', 'Noch tiefer: Ebene acht.']];
$parent = $thread['zoe'];
foreach ($chain as $n => [$key, $author, $text]) {
    $parent = $thread["chain_$key"] = press_test_comment($posts['thread'], sprintf('2025-03-25 %02d:15:00', 10 + $n), [
        'comment_author' => $author, 'comment_author_email' => "$key@example.com", 'comment_parent' => $parent, 'comment_content' => $text]);
}
$thread['li'] = press_test_comment($posts['thread'], '2025-03-26 08:00:00', ['comment_author' => '李雷',
    'comment_author_email' => 'li@example.com', 'comment_content' => '你好，世界！利率会下降吗？']);
$thread['mohammed'] = press_test_comment($posts['thread'], '2025-03-27 08:00:00', ['comment_author' => 'محمد',
    'comment_author_email' => 'mohammed@example.com', 'comment_content' => 'مرحبا بالجميع. هل ستنخفض أسعار الفائدة؟']);
// Stored as it came, as a comment by a user with unfiltered_html is (a visitor's loses these tags
// to kses): WordPress prints it so; press-comments must show none of it as markup. No text inside
// the tags, so that WordPress's excerpt and the text shown agree.
$thread['hostile'] = wp_insert_comment(wp_slash(['comment_post_ID' => $posts['thread'], 'comment_author' => 'Mallory',
    'comment_author_email' => 'mallory@example.com', 'comment_author_url' => 'javascript:alert(1)',
    'comment_date' => '2025-03-28 08:00:00', 'comment_date_gmt' => press_test_gmt('2025-03-28 08:00:00'),
    'comment_approved' => 1, 'comment_type' => 'comment', 'comment_parent' => 0, 'user_id' => 0,
    'comment_content' => '<div>Kein Skript<script src="https://evil.example/x.js"></script>, kein Bild<img src="x" onerror="alert(1)">, '
    . 'kein <a href="javascript:alert(1)">Link</a>, kein <a href=" JaVaScRiPt:alert(2)">zweiter</a>, kein <iframe src="https://evil.example/"></iframe>Rahmen.</div>']));
$thread['before_dst'] = press_test_comment($posts['thread'], '2025-03-29 22:00:00', ['comment_author' => 'Ola Nordmann',
    'comment_author_email' => 'ola@example.com', 'comment_content' => 'Noch Winterzeit.']);
$thread['after_dst'] = press_test_comment($posts['thread'], '2025-03-30 03:30:00', ['comment_author' => 'Zoë Ångström',
    'comment_author_url' => 'https://zoe.example/blog?a=1&b=2', 'comment_parent' => $thread['before_dst'],
    'comment_content' => 'Schon Sommerzeit.']);
$thread['held'] = press_test_comment($posts['thread'], '2025-04-01 09:00:00', ['comment_author' => 'Wartet Noch',
    'comment_approved' => 0, 'comment_content' => 'Dieser Kommentar wartet auf Freigabe.']);
$thread['held_reply'] = press_test_comment($posts['thread'], '2025-04-02 09:00:00', ['comment_author' => 'Antwortet Früh',
    'comment_parent' => $thread['held'], 'comment_content' => 'Eine Antwort auf einen Kommentar, den noch niemand sieht.']);
$thread['paragraphs'] = press_test_comment($posts['thread'], '2025-04-03 09:00:00', ['comment_author' => 'Jean-Luc Picard',
    'comment_content' => "Erster Absatz.\n\nZweiter Absatz,\nmit Zeilenumbruch."]);
$thread['late'] = press_test_comment($posts['thread'], '2025-04-04 09:00:00', ['comment_author' => 'Zoë Ångström',
    'comment_author_url' => 'https://zoe.example/blog?a=1&b=2', 'comment_content' => 'Nachtrag: die Zinsen sind gesunken.']);
$thread['last'] = press_test_comment($posts['thread'], '2025-04-05 23:30:00', ['comment_author' => 'Ola Nordmann',
    'comment_author_email' => 'ola@example.com', 'comment_content' => 'Das letzte Wort.']);
$thread['closed_first'] = press_test_comment($posts['thread_closed'], '2025-03-22 09:00:00', ['comment_author' => 'Max Mustermann',
    'comment_content' => 'Geschrieben, als die Kommentare noch offen waren.']);
$thread['closed_reply'] = press_test_comment($posts['thread_closed'], '2025-03-22 10:00:00', ['comment_author' => 'Erika Musterfrau',
    'comment_parent' => $thread['closed_first'], 'comment_content' => 'Und eine Antwort darauf.']);
$thread['closed_second'] = press_test_comment($posts['thread_closed'], '2025-03-23 09:00:00', ['comment_author' => '李雷',
    'comment_author_email' => 'li@example.com', 'comment_content' => '最后一条评论。']);

wp_defer_term_counting(false);
wp_defer_comment_counting(false);

// ---- classic menus
function press_test_menu_item(int $menu, array $item): int
{
    $id = wp_update_nav_menu_item($menu, 0, array_merge(['menu-item-status' => 'publish'], $item));
    if (is_wp_error($id)) {
        throw new RuntimeException($id->get_error_message());
    }
    return $id;
}
$menus = [];
$menus['main'] = wp_create_nav_menu('Hauptmenü');
if (is_wp_error($menus['main'])) {
    throw new RuntimeException($menus['main']->get_error_message());
}
wp_update_term($menus['main'], 'nav_menu', ['slug' => 'press-main']);
$mi = [];
$mi['home'] = press_test_menu_item($menus['main'], ['menu-item-title' => 'Startseite', 'menu-item-url' => home_url('/'),
    'menu-item-type' => 'custom']);
$mi['boersen'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'taxonomy', 'menu-item-object' => 'category',
    'menu-item-object-id' => $cat['boersen']]);
$mi['aktien'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'taxonomy', 'menu-item-object' => 'category',
    'menu-item-object-id' => $cat['aktien'], 'menu-item-parent-id' => $mi['boersen']]);
$mi['dividenden'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'taxonomy', 'menu-item-object' => 'category',
    'menu-item-object-id' => $cat['dividenden'], 'menu-item-parent-id' => $mi['aktien']]);
$mi['anleihen'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'taxonomy', 'menu-item-object' => 'category',
    'menu-item-object-id' => $cat['anleihen'], 'menu-item-parent-id' => $mi['boersen']]);
$mi['japan'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'taxonomy', 'menu-item-object' => 'category',
    'menu-item-object-id' => $cat['japan']]);
$mi['ispace'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'post_type', 'menu-item-object' => 'post',
    'menu-item-object-id' => $posts['ispace'], 'menu-item-parent-id' => $mi['japan']]);
$mi['about'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'post_type', 'menu-item-object' => 'page',
    'menu-item-object-id' => $pages['about'], 'menu-item-title' => 'Über uns & Kontakt']);
$mi['imprint'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'post_type', 'menu-item-object' => 'page',
    'menu-item-object-id' => $pages['imprint'], 'menu-item-parent-id' => $mi['about']]);
$mi['external'] = press_test_menu_item($menus['main'], ['menu-item-type' => 'custom', 'menu-item-url' => 'https://example.com/?q=a&b=c',
    'menu-item-title' => 'Extern: „example.com“', 'menu-item-target' => '_blank', 'menu-item-attr-title' => 'Öffnet ein neues Fenster',
    'menu-item-classes' => 'external extern', 'menu-item-xfn' => 'noopener']);

$menus['footer'] = wp_create_nav_menu('Footer');
wp_update_term($menus['footer'], 'nav_menu', ['slug' => 'press-footer']);
$mi['footer_imprint'] = press_test_menu_item($menus['footer'], ['menu-item-type' => 'post_type', 'menu-item-object' => 'page',
    'menu-item-object-id' => $pages['imprint']]);
$mi['footer_privacy'] = press_test_menu_item($menus['footer'], ['menu-item-type' => 'post_type', 'menu-item-object' => 'page',
    'menu-item-object-id' => $pages['privacy']]);

// ---- a block-theme menu: the main menu as navigation blocks (a wp_navigation post), as a site has
// it after moving to a block theme. Public over REST, unlike the classic menus above.
function press_test_navigation_blocks(array $items, int $parent): string
{
    $blocks = '';
    foreach ($items as $item) {
        if ((int) $item->menu_item_parent !== $parent) {
            continue;
        }
        $inner = press_test_navigation_blocks($items, (int) $item->ID);
        $attrs = ['label' => $item->title, 'type' => $item->object, 'url' => $item->url,
                  'kind' => $item->type === 'custom' ? 'custom' : str_replace('_', '-', $item->type)];
        if ($item->type !== 'custom') {
            $attrs['id'] = (int) $item->object_id;
        }
        if ($item->target === '_blank') {
            $attrs['opensInNewTab'] = true;
        }
        $blocks .= serialize_block(['blockName' => $inner === '' ? 'core/navigation-link' : 'core/navigation-submenu',
            'attrs' => $attrs, 'innerBlocks' => [], 'innerHTML' => '', 'innerContent' => $inner === '' ? [] : [$inner]]);
    }
    return $blocks;
}
$navigation = wp_insert_post(['post_type' => 'wp_navigation', 'post_status' => 'publish', 'post_title' => 'Navigation',
    'post_content' => wp_slash(press_test_navigation_blocks(wp_get_nav_menu_items($menus['main']), 0))], true);
if (is_wp_error($navigation)) {
    throw new RuntimeException($navigation->get_error_message());
}

$locations = array_keys(get_registered_nav_menus());
if (get_stylesheet() === 'twentytwentyone') {
    $locations = ['primary', 'footer']; // the theme's functions.php is not loaded in every CLI context
}
$assign = [];
if (in_array('primary', $locations, true)) {
    $assign['primary'] = $menus['main'];
}
if (in_array('footer', $locations, true)) {
    $assign['footer'] = $menus['footer'];
}
set_theme_mod('nav_menu_locations', $assign);

flush_rewrite_rules(false);
wp_cache_flush();

// ---- manifest
$categories = [];
foreach (get_terms(['taxonomy' => 'category', 'hide_empty' => false, 'orderby' => 'term_id']) as $t) {
    $key = array_search($t->term_id, $cat, true);
    $categories[$key] = ['id' => $t->term_id, 'name' => $t->name, 'slug' => $t->slug, 'parent' => $t->parent,
                         'count' => $t->count, 'link' => get_term_link($t)];
}
$manifest = [
    'url' => home_url('/'),
    'timezone' => get_option('timezone_string'),
    'published_posts' => $published,
    'categories' => $categories,
    'posts' => $posts,
    'post_titles' => array_map(static fn($id) => get_post($id)->post_title, $posts),
    'boundary_posts' => $boundaryOut,
    'pages' => $pages,
    'comments' => $cm,
    // press-comments' conversation (thread) and closed post (thread_closed): see test/wordpress/thread.test.ts
    'thread_comments' => $thread,
    'comment_notes' => [
        'public_approved' => 'every comment except held, spam, trash and private_post; pingback is type "pingback" '
            . '(the latest-comments block lists it, REST /wp/v2/comments only with type=pingback)',
    ],
    'menus' => $menus,
    'menu_slugs' => ['main' => 'press-main', 'footer' => 'press-footer'],
    'menu_items' => $mi,
    'navigation' => $navigation,
    'menu_locations' => $assign,
    'seconds' => round(microtime(true) - $t0, 2),
];
$json = press_test_write_manifest($manifest);
if (!$quiet) {
    echo $json;
} else {
    printf("seeded %d published posts, %d categories, %d comments, %d menus in %.2f s\n",
        $published, count($categories), count($cm), count($menus), $manifest['seconds']);
}
