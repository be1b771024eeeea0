<?php
add_action( 'wp_enqueue_scripts', function () {
	$src = 'https://unpkg.com/press-widgets/dist/press-widgets.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'press-widgets', $src ); // WordPress 6.5+
	} else {
		add_action( 'wp_footer', function () use ( $src ) {
			printf( '<script type="module" src="%s"></script>' . "\n", esc_url( $src ) );
		} );
	}
} );
