<?php
// Site settings that need a normally loaded WordPress (after install.php, in a new process).
// Idempotent; run by setup.sh every time.
require __DIR__ . '/bootstrap.php';

update_option('blogname', 'Press Widgets Test');
update_option('blogdescription', 'Integration-test site for press-widgets');
update_option('timezone_string', 'Europe/Berlin');
update_option('gmt_offset', '');
update_option('date_format', 'F j, Y');
update_option('time_format', 'g:i a');
update_option('posts_per_page', '10');
update_option('default_pingback_flag', '0');
update_option('default_ping_status', 'closed');
update_option('blog_public', '0');

$theme = wp_get_theme('twentytwentyone');
if ($theme->exists() && get_stylesheet() !== 'twentytwentyone') {
    switch_theme('twentytwentyone');
} elseif (!$theme->exists()) {
    fwrite(STDERR, "note: theme twentytwentyone is not installed; the front end has no theme\n");
}

if (get_option('permalink_structure') !== '/%year%/%monthnum%/%postname%/') {
    update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
}
flush_rewrite_rules(false);
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$press_test_activated = activate_plugin('press-widgets/press-widgets.php');
if (is_wp_error($press_test_activated)) {
    fwrite(STDERR, 'could not activate the press-widgets plugin: ' . $press_test_activated->get_error_message() . "\n");
    exit(1);
}
press_test_reset_switches();
echo "configured: theme ", get_stylesheet(), ", permalinks ", get_option('permalink_structure'),
    ", timezone ", get_option('timezone_string'), ", plugin press-widgets active\n";
