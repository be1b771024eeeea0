<?php
// Installs WordPress into the (empty) database without a browser. Run by setup.sh; a no-op when
// the site is already installed. The permalink structure is set here; the rewrite rules must be
// flushed by a later PHP process (configure.php), or category and month URLs 404.
define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    echo "WordPress already installed\n";
    exit(0);
}
$password = getenv('WP_ADMIN_PASSWORD') ?: 'press-test-admin';
$result = wp_install('Press Widgets Test', 'admin', 'admin@example.com', true, '', wp_slash($password), 'en_US');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
echo "WordPress installed: user admin, blog id 1, url ", $result['url'] ?? home_url(), "\n";
