<?php
// The README's theme recipe (functions.php beside this file) run by WordPress's own hooks and
// escaping, loaded from WordPress's files: no database, no server. Prints a theme's page with
// wp_head() and wp_footer() as WordPress fires them, and the widgets in its sidebar; the feed URL
// is the first argument. WP_ROOT is where WordPress is (Debian's package by default).
//   php test/recipes/wordpress/theme-page.php /test/fixtures/feed.json
$root = getenv( 'WP_ROOT' ) ?: '/usr/share/wordpress';
define( 'ABSPATH', rtrim( $root, '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/functions.php';
require __DIR__ . '/functions.php';

// What wp-settings.php and the template loader do before a theme's header.php runs.
do_action( 'wp_enqueue_scripts' );
$feed = htmlspecialchars( $argv[1] ?? '/site.json', ENT_QUOTES );
?>
<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>A classic theme</title>
<?php do_action( 'wp_head' ); ?>
</head>
<body class="home blog">
<aside id="secondary" class="widget-area">
	<press-site src="<?php echo $feed; ?>">
		<press-categories show-counts></press-categories>
	</press-site>
</aside>
<?php do_action( 'wp_footer' ); ?>
</body>
</html>
