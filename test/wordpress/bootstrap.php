<?php
// Loads WordPress for the harness's PHP CLI scripts (install.php, seed.php, render.php, wp.php…).
// Debian's wp-config.php chooses /etc/wordpress/config-<host>.php by HTTP_HOST, which a CLI run
// only has from the environment: wp.sh and setup.sh export HTTP_HOST=127.0.0.1:$WP_PORT.
if (PHP_SAPI !== 'cli') {
    exit("CLI only\n");
}
$press_test_host = getenv('HTTP_HOST') ?: ('127.0.0.1:' . (getenv('WP_PORT') ?: '8088'));
$_SERVER['HTTP_HOST'] = $press_test_host;
$_SERVER['SERVER_NAME'] = preg_replace('/:.*/', '', $press_test_host);
$_SERVER['SERVER_PORT'] = preg_match('/:(\d+)$/', $press_test_host, $m) ? $m[1] : '80';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
unset($press_test_host, $m);

require '/usr/share/wordpress/wp-load.php';

if (!defined('WP_INSTALLING') || !WP_INSTALLING) {
    // As the admin: with unfiltered_html, "S&P" stays "S&P" (a visitor's would become "S&amp;P").
    wp_set_current_user(1);
}
