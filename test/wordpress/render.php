<?php
// Prints JSON of WordPress's OWN server rendering, for tests to compare item for item.
//   php test/wordpress/render.php [WORD...]          (or: test/wordpress/wp.sh render [WORD...])
// WORDs (any mix; none = categories archives latest_comments menu with their defaults):
//   categories | archives | latest_comments | menu | categories_block | archives_block | navigation
//   | comments_number | comments
//   KIND.ARG=VALUE         an argument over the defaults, e.g. categories.hide_empty=1
//                          (digits → int, true/false → bool, null → null, else string)
//   KIND#VARIANT.ARG=VALUE a second rendering of the same kind, e.g. archives#yearly.type=yearly
//   '{"categories#flat": {"hierarchical": 0}, "latest_comments": {"commentsToShow": 10}}'
// Defaults: categories = wp_list_categories(echo 0, title_li '', show_count 1, hierarchical 1, hide_empty 0)
//   archives = wp_get_archives(echo 0, show_post_count 1, type monthly)
//   latest_comments = render_block core/latest-comments with the given attrs (block defaults: 5 comments,
//     avatar, date, excerpt)
//   menu = wp_nav_menu(echo false, menu 'press-main', fallback_cb false)
//   categories_block / archives_block = render_block core/categories / core/archives
//   comments = post `post`'s comments as its page shows them to a visitor: comments_template()'s query, the
//     Comments Title block, wp_list_comments(style ol, avatar 32, html5), the comments navigation, "Comments
//     are closed."; args: page (0 = the default page) and the discussion options for this rendering only
//     (thread_comments, thread_comments_depth, page_comments, comments_per_page, comment_order,
//     default_comments_page, show_avatars), e.g. comments.post=67 comments.page_comments=1 comments.page=2
// Output: {"KEY": {"kind": …, "args": {effective args}, "html": "…"}, …}
// The same is served over HTTP by the must-use plugin: GET /?press-test=render&spec=<JSON object>.
require __DIR__ . '/bootstrap.php';

if (!function_exists('press_test_render')) {
    fwrite(STDERR, "render.php: the must-use plugin is not installed (run setup.sh)\n");
    exit(1);
}
try {
    $spec = press_test_render_spec(array_slice($argv, 1));
} catch (InvalidArgumentException $e) {
    fwrite(STDERR, 'render.php: ' . $e->getMessage() . "\n");
    exit(2);
}
echo json_encode(press_test_render($spec), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
