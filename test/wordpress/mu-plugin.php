<?php
/**
 * Plugin Name: press-widgets test switches
 * Description: Test-only behaviour for the press-widgets integration WordPress. Copied into
 *   /var/lib/wordpress/wp-content/mu-plugins/ by test/wordpress/setup.sh. Never use on a real site.
 *
 * Always on: no mail is sent, no outgoing HTTP request is made.
 * Switches: options read on every request (set them with `test/wordpress/wp.sh option NAME VALUE`,
 * or over HTTP with POST /?press-test=option, see below). See test/wordpress/README.md.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The switches this plugin reads, with their "off" values (what `wp.sh reset` restores). */
const PRESS_TEST_SWITCHES = [
    'press_test_anonymous_rest' => '',   // '1': REST POST /wp/v2/comments allowed without login
    'press_test_moderation' => '',       // 'approve': approve every non-spam comment; 'hold': hold every one; '': stock rules
    'press_test_no_flood' => '',         // '1': no flood check (WordPress refuses a 2nd comment from one IP within 15 s)
    'press_test_rest_delay_ms' => '',    // N: every REST request sleeps N ms before answering (loading states)
    'press_test_rest_fail' => '',        // route prefix, e.g. '/wp/v2/categories': those REST requests fail
    'press_test_rest_fail_status' => '', // status for press_test_rest_fail (default 500)
    'press_test_no_navigation' => '',    // '1': REST lists no wp_navigation post (as on a classic-theme site)
    'press_test_plain_permalinks' => '', // '1': the site answers as one with plain permalinks (?m=202507, ?cat=3, ?rest_route=/)
    'press_test_no_plugin' => '',        // '1': the press-widgets plugin is inactive (as on a site without it)
];

/** Stock WordPress options tests may flip too (the HTTP endpoint accepts only these and the switches),
 * with the values the harness installs (WordPress's own defaults). */
const PRESS_TEST_STOCK_OPTIONS = [
    'comment_previously_approved' => '1', // 1: a first-time commenter is held for moderation
    'comment_moderation' => '0',          // 1: every comment is held
    'comment_max_links' => '2',           // a comment with this many links is held
    'require_name_email' => '1',
    'comment_registration' => '0',        // 1: only logged-in users may comment
    'close_comments_for_old_posts' => '0',
    'close_comments_days_old' => '14',
    'thread_comments' => '1',
    'thread_comments_depth' => '5',
    'page_comments' => '0',
    'comments_per_page' => '50',
    'show_avatars' => '1',
];

// ---------------------------------------------------------------------------------------------
// Always on

// No MTA here: pretend every mail was sent.
add_filter('pre_wp_mail', '__return_true', 1000);

// No outgoing HTTP at all (update checks, oEmbed discovery, loopback checks, pingbacks).
add_filter('pre_http_request', static function ($pre, $args, $url) {
    return new WP_Error('press_test_http_blocked', 'Outgoing HTTP is blocked on the test site: ' . $url);
}, 1000, 3);

// No pingbacks/trackbacks/enclosures work queued by wp_insert_post().
add_filter('pre_option_default_pingback_flag', '__return_zero');

// ---------------------------------------------------------------------------------------------
// Switches

function press_test_switch(string $name): string
{
    return (string) get_option($name, '');
}

add_filter('rest_allow_anonymous_comments', static function ($allow) {
    return press_test_switch('press_test_anonymous_rest') === '1' ? true : $allow;
}, 1000);

add_filter('pre_comment_approved', static function ($approved, $commentdata) {
    if (is_wp_error($approved) || $approved === 'spam' || $approved === 'trash') {
        return $approved;
    }
    switch (press_test_switch('press_test_moderation')) {
        case 'approve':
            return 1;
        case 'hold':
            return 0;
        default:
            return $approved;
    }
}, 1000, 2);

// Plain permalinks without touching the stored setting or the rewrite rules, so that turning the
// switch off restores the pretty site exactly. The stored rewrite rules stay loaded, so /wp-json/…
// and /2025/07/ still answer (a real plain site would not); every link WordPress prints, and
// get_rest_url(), take the plain form.
add_filter('pre_option_permalink_structure', static function ($pre) {
    return press_test_switch('press_test_plain_permalinks') === '1' ? '' : $pre;
});

// Deactivates the press-widgets plugin for the next requests without touching the stored
// active_plugins (must-use plugins load before the active plugins are read).
add_filter('option_active_plugins', static function ($plugins) {
    // Also for one request that asks (a test's `api` carrying press-test-plugin=off): tests of
    // both paths then run side by side without flipping the site-wide switch.
    $off = press_test_switch('press_test_no_plugin') === '1' || (isset($_GET['press-test-plugin']) && $_GET['press-test-plugin'] === 'off');
    if (!$off || !is_array($plugins)) {
        return $plugins;
    }
    return array_values(array_diff($plugins, ['press-widgets/press-widgets.php']));
});

add_filter('rest_wp_navigation_query', static function ($args) {
    return press_test_switch('press_test_no_navigation') === '1' ? array_merge($args, ['post__in' => [0]]) : $args;
});

add_action('init', static function () {
    if (press_test_switch('press_test_no_flood') === '1') {
        // wp_allow_comment() fires the check_comment_flood action (dies for wp-comments-post.php)
        // and the wp_is_comment_flood filter (REST answers 400 comment_flood).
        remove_action('check_comment_flood', 'check_comment_flood_db', 10);
        remove_filter('wp_is_comment_flood', 'wp_check_comment_flood', 10);
        add_filter('wp_is_comment_flood', '__return_false', 1000);
    }
}, 1);

add_filter('rest_pre_dispatch', static function ($result, $server, $request) {
    $delay = (int) press_test_switch('press_test_rest_delay_ms');
    if ($delay > 0) {
        usleep(min($delay, 30000) * 1000);
    }
    $prefix = press_test_switch('press_test_rest_fail');
    if ($prefix !== '' && strncmp($request->get_route(), $prefix, strlen($prefix)) === 0) {
        $status = (int) press_test_switch('press_test_rest_fail_status') ?: 500;
        return new WP_Error('press_test_failure', 'Failure requested by press_test_rest_fail', ['status' => $status]);
    }
    return $result;
}, 1000, 3);

/** Set a switch or a whitelisted stock option. */
function press_test_set_option(string $name, string $value): bool
{
    if (!array_key_exists($name, PRESS_TEST_SWITCHES) && !array_key_exists($name, PRESS_TEST_STOCK_OPTIONS)) {
        return false;
    }
    update_option($name, $value);
    return true;
}

/** All switches and stock comment options back to the installed values. */
function press_test_reset_switches(): void
{
    foreach (PRESS_TEST_SWITCHES as $name => $value) {
        delete_option($name);
    }
    foreach (PRESS_TEST_STOCK_OPTIONS as $name => $value) {
        update_option($name, $value);
    }
}

/** Current values of the switches and of the stock comment options. */
function press_test_switches(): array
{
    $out = [];
    foreach (array_merge(PRESS_TEST_SWITCHES, PRESS_TEST_STOCK_OPTIONS) as $name => $off) {
        $out[$name] = (string) get_option($name, '');
    }
    return $out;
}

// ---------------------------------------------------------------------------------------------
// WordPress's own server rendering, for tests to compare with (used by render.php and by
// GET /?press-test=render&spec=JSON).

/**
 * @param array $spec  key => args. The key is a kind, optionally with "#variant" ("categories#flat").
 *   Kinds: categories (wp_list_categories), archives (wp_get_archives), latest_comments
 *   (core/latest-comments block attrs), menu (wp_nav_menu), categories_block, archives_block
 *   (core/categories and core/archives block attrs). Args override the defaults below.
 * @return array key => ['kind' => …, 'args' => effective args, 'html' => string]
 */
function press_test_render(array $spec): array
{
    $defaults = [
        'categories' => ['echo' => 0, 'title_li' => '', 'show_count' => 1, 'hierarchical' => 1, 'hide_empty' => 0],
        'archives' => ['echo' => 0, 'show_post_count' => 1, 'type' => 'monthly'],
        'latest_comments' => [],
        'menu' => ['echo' => false, 'menu' => 'press-main', 'fallback_cb' => false],
        'categories_block' => ['showPostCounts' => true, 'showHierarchy' => true, 'showEmpty' => true],
        'archives_block' => ['showPostCounts' => true],
        // No ref: the block shows the most recently published wp_navigation post, as press-menu does.
        'navigation' => [],
        // comments_number() of one post (a listing page's "3 Comments"): args post (an id)
        'comments_number' => ['post' => 0],
        // A post's comments as its page shows them to a visitor (press_test_render_comments()): args
        // post (an id), page (0: the default page), and the discussion options for this rendering.
        'comments' => ['post' => 0, 'page' => 0],
    ];
    $blocks = ['navigation' => 'core/navigation', 'latest_comments' => 'core/latest-comments', 'categories_block' => 'core/categories', 'archives_block' => 'core/archives'];
    $out = [];
    foreach ($spec as $key => $args) {
        $kind = explode('#', (string) $key, 2)[0];
        if (!isset($defaults[$kind])) {
            $out[$key] = ['kind' => $kind, 'error' => 'unknown kind; known: ' . implode(', ', array_keys($defaults))];
            continue;
        }
        $args = array_merge($defaults[$kind], is_array($args) ? $args : []);
        // Not WordPress arguments: 'theme' => true keeps the active theme's hooks (twentytwentyone
        // adds sub-menu toggle buttons to every menu); 'request_uri' is the page the rendering
        // pretends to be on (default: none of the site's URLs, so no item is "current");
        // 'comment_type' (latest_comments only) limits the block to one comment type, e.g.
        // 'comment' (what REST lists for visitors: no pingbacks), through widget_comments_args.
        $withTheme = !empty($args['theme']);
        $requestUri = isset($args['request_uri']) ? (string) $args['request_uri'] : '/press-test-render/';
        $commentType = isset($args['comment_type']) ? (string) $args['comment_type'] : '';
        unset($args['theme'], $args['request_uri'], $args['comment_type']);
        if ($kind === 'menu' || $kind === 'categories' || $kind === 'archives') {
            $args['echo'] = $kind === 'menu' ? false : 0;
        }
        $render = static function () use ($kind, $args, $blocks) {
            switch ($kind) {
                case 'categories':
                    return wp_list_categories($args);
                case 'archives':
                    return wp_get_archives($args);
                case 'menu':
                    return wp_nav_menu($args);
                case 'comments_number':
                    return get_comments_number_text(false, false, false, (int) $args['post']);
                case 'comments':
                    return press_test_render_comments($args);
                case 'navigation':
                    // In a block theme's header, as get_the_block_template_html() prints it: texturized.
                    return wptexturize(render_block(['blockName' => 'core/navigation', 'attrs' => $args,
                        'innerBlocks' => [], 'innerHTML' => '', 'innerContent' => []]));
                default:
                    return render_block([
                        'blockName' => $blocks[$kind],
                        'attrs' => $args,
                        'innerBlocks' => [],
                        'innerHTML' => '',
                        'innerContent' => [],
                    ]);
            }
        };
        $savedUri = $_SERVER['REQUEST_URI'] ?? '/';
        $_SERVER['REQUEST_URI'] = $requestUri;
        $onlyType = static function ($query) use ($commentType) {
            return ['type' => $commentType] + $query;
        };
        if ($commentType !== '') {
            add_filter('widget_comments_args', $onlyType);
        }
        try {
            $html = $withTheme ? $render() : press_test_without_theme_hooks($render);
        } finally {
            $_SERVER['REQUEST_URI'] = $savedUri;
            remove_filter('widget_comments_args', $onlyType);
        }
        $out[$key] = ['kind' => $kind, 'args' => $args + ['theme' => $withTheme, 'request_uri' => $requestUri]
                      + ($commentType !== '' ? ['comment_type' => $commentType] : []),
                      'html' => (string) $html];
    }
    return $out;
}

/** The discussion options a `comments` rendering may set for itself (nothing is stored). */
const PRESS_TEST_COMMENT_OPTIONS = ['thread_comments', 'thread_comments_depth', 'page_comments', 'comments_per_page',
    'comment_order', 'default_comments_page', 'show_avatars'];

/**
 * Post $args['post']'s comments as its page shows them to a visitor (no login, no commenter
 * cookie, so held comments are not shown): the main query is the post's, and comments_template()
 * runs its own query (approved comments of the page asked, replies filled in) with an empty
 * template (wp-content/index.php); then what a classic theme's comments.php prints from it: the Comments Title block,
 * wp_list_comments() (style ol, avatar 32, html5) in `ol.comment-list`, the comments navigation,
 * and "Comments are closed." when the post has comments but takes no more (as twentytwentyone and
 * theme-compat/comments.php do). Options in $args (PRESS_TEST_COMMENT_OPTIONS) hold for this
 * rendering only; `page` (from 1) is the comment page asked for (`cpage`), 0 the default one.
 */
function press_test_render_comments(array $args): string
{
    global $wp_query, $wp_the_query, $post, $withcomments, $overridden_cpage;
    $options = [];
    foreach (PRESS_TEST_COMMENT_OPTIONS as $name) {
        if (array_key_exists($name, $args)) {
            $value = $args[$name];
            $options[$name] = static fn() => is_bool($value) ? (int) $value : $value;
            add_filter("pre_option_$name", $options[$name]);
        }
    }
    $empty = static fn() => WP_CONTENT_DIR . '/index.php'; // "Silence is golden": prints nothing
    $saved = [$wp_query, $wp_the_query, $post, $withcomments, $overridden_cpage, get_current_user_id(), $_COOKIE];
    try {
        wp_set_current_user(0);
        $_COOKIE = [];
        $wp_query = new WP_Query(['p' => (int) $args['post'], 'post_type' => 'any']);
        $wp_the_query = $wp_query;
        if (!$wp_query->have_posts()) {
            throw new InvalidArgumentException('comments: no published post ' . (int) $args['post']);
        }
        $wp_query->the_post();
        if ((int) $args['page'] > 0) {
            set_query_var('cpage', (int) $args['page']);
        }
        $withcomments = true;
        $overridden_cpage = false;
        add_filter('comments_template', $empty);
        comments_template();
        $title = render_block(['blockName' => 'core/comments-title', 'attrs' => [], 'innerBlocks' => [],
                               'innerHTML' => '', 'innerContent' => []]);
        $list = wp_list_comments(['style' => 'ol', 'avatar_size' => 32, 'short_ping' => true, 'format' => 'html5', 'echo' => false]);
        $closed = !comments_open() && get_comments_number() ? '<p class="no-comments">' . esc_html__('Comments are closed.') . '</p>' : '';
        return $title . '<ol class="comment-list">' . $list . '</ol>' . get_the_comments_navigation() . $closed;
    } finally {
        remove_filter('comments_template', $empty);
        foreach ($options as $name => $filter) {
            remove_filter("pre_option_$name", $filter);
        }
        [$wp_query, $wp_the_query, $post, $withcomments, $overridden_cpage, $user, $_COOKIE] = $saved;
        wp_set_current_user($user);
    }
}

/** Runs $fn with every hook callback defined in the active theme's files removed, then restores them. */
function press_test_without_theme_hooks(callable $fn)
{
    global $wp_filter;
    $roots = array_filter(array_unique([realpath(get_template_directory()), realpath(get_stylesheet_directory())]));
    $removed = [];
    foreach (array_keys($wp_filter) as $hook) {
        foreach ($wp_filter[$hook]->callbacks as $priority => $callbacks) {
            foreach ($callbacks as $cb) {
                $f = $cb['function'];
                try {
                    if (is_array($f)) {
                        $r = new ReflectionMethod($f[0], $f[1]);
                    } elseif (is_string($f) && str_contains($f, '::')) {
                        $r = new ReflectionMethod($f);
                    } else {
                        $r = new ReflectionFunction($f);
                    }
                } catch (Throwable $e) {
                    continue;
                }
                $file = realpath((string) $r->getFileName());
                foreach ($roots as $root) {
                    if ($file && strncmp($file, $root . '/', strlen($root) + 1) === 0) {
                        $removed[] = [$hook, $f, $priority, $cb['accepted_args']];
                        remove_filter($hook, $f, $priority);
                        break;
                    }
                }
            }
        }
    }
    try {
        return $fn();
    } finally {
        foreach ($removed as [$hook, $f, $priority, $accepted]) {
            add_filter($hook, $f, $priority, $accepted);
        }
    }
}

/** Parses render.php's command-line words: JSON objects, "kind", "kind.arg=value", "kind#variant.arg=value". */
function press_test_render_spec(array $words): array
{
    $spec = [];
    foreach ($words as $word) {
        if ($word === '' || $word === 'all') {
            continue;
        }
        if ($word[0] === '{') {
            $json = json_decode($word, true);
            if (!is_array($json)) {
                throw new InvalidArgumentException("not a JSON object: $word");
            }
            foreach ($json as $key => $args) {
                $spec[$key] = array_merge($spec[$key] ?? [], is_array($args) ? $args : []);
            }
            continue;
        }
        if (preg_match('/^([a-z_]+(?:#[\w-]+)?)\.([A-Za-z_]+)=(.*)$/s', $word, $m)) {
            $value = $m[3];
            if (preg_match('/^-?\d+$/', $value)) {
                $value = (int) $value;
            } elseif ($value === 'true' || $value === 'false') {
                $value = $value === 'true';
            } elseif ($value === 'null') {
                $value = null;
            }
            $spec[$m[1]][$m[2]] = $value;
            continue;
        }
        $spec[$word] = $spec[$word] ?? [];
    }
    return $spec ?: ['categories' => [], 'archives' => [], 'latest_comments' => [], 'menu' => []];
}

// ---------------------------------------------------------------------------------------------
// HTTP door for browser tests (loopback only, WP_ENVIRONMENT_TYPE=local only):
//   GET  /?press-test=render[&spec=<JSON object>]   → JSON of press_test_render()
//   GET  /?press-test=switches                      → JSON of the current switches
//   POST /?press-test=option  name=…&value=…        → sets a switch or a whitelisted stock option
//   POST /?press-test=reset                         → switches and stock comment options back to stock
//   GET  /?press-test=nonce                         → {nonce, name, logout} of the logged-in visitor (cookies)
// Answers carry Access-Control-Allow-Origin: * so a page on another port can use them.

add_action('wp_loaded', static function () {
    if (!isset($_GET['press-test']) || wp_get_environment_type() !== 'local') {
        return;
    }
    $remote = $_SERVER['REMOTE_ADDR'] ?? '';
    if ($remote !== '127.0.0.1' && $remote !== '::1') {
        return;
    }
    header('Access-Control-Allow-Origin: *');
    header('Cache-Control: no-store');
    $method = $_SERVER['REQUEST_METHOD'] ?? 'GET';
    if ($method === 'OPTIONS') {
        header('Access-Control-Allow-Methods: GET, POST');
        header('Access-Control-Allow-Headers: Content-Type');
        status_header(204);
        exit;
    }
    $action = (string) wp_unslash($_GET['press-test']);
    $status = 200;
    try {
        if ($action === 'render' && $method === 'GET') {
            $spec = isset($_GET['spec']) ? json_decode(wp_unslash($_GET['spec']), true) : null;
            $body = press_test_render(is_array($spec) && $spec ? $spec : press_test_render_spec([]));
        } elseif ($action === 'switches' && $method === 'GET') {
            $body = press_test_switches();
        } elseif ($action === 'option' && $method === 'POST') {
            $name = (string) wp_unslash($_REQUEST['name'] ?? '');
            $value = (string) wp_unslash($_REQUEST['value'] ?? '');
            if (press_test_set_option($name, $value)) {
                $body = press_test_switches();
            } else {
                $status = 400;
                $body = ['error' => "not a switch nor a whitelisted option: $name"];
            }
        } elseif ($action === 'nonce' && $method === 'GET') {
            // The logged-in visitor (by cookie) as WordPress's own scripts see them.
            $user = wp_get_current_user();
            $body = $user->exists()
                ? ['nonce' => wp_create_nonce('wp_rest'), 'name' => $user->display_name, 'logout' => html_entity_decode(wp_logout_url())]
                : ['error' => 'not logged in'];
        } elseif ($action === 'reset' && $method === 'POST') {
            press_test_reset_switches();
            $body = press_test_switches();
        } else {
            $status = 400;
            $body = ['error' => "unknown press-test action or wrong method: $method $action"];
        }
    } catch (Throwable $e) {
        $status = 500;
        $body = ['error' => $e->getMessage()];
    }
    status_header($status);
    header('Content-Type: application/json; charset=UTF-8');
    echo wp_json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT), "\n";
    exit;
});
