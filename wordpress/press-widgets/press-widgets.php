<?php
/**
 * Plugin Name:       Press Widgets
 * Plugin URI:        https://www.npmjs.com/package/press-widgets
 * Description:       Serves everything the press-widgets web components show (menu, archives, categories, recent comments, comment form, comment counts) in one cacheable request: GET /wp-json/press/v1/feed.
 * Version:           0.1.0
 * Requires at least: 5.9
 * Requires PHP:      7.4
 * Author:            press-widgets
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       press-widgets
 *
 * @package Press_Widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'PRESS_WIDGETS_VERSION', '0.1.0' );
define( 'PRESS_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-press-widgets-feed.php';
require_once __DIR__ . '/includes/class-press-widgets-navigation.php';
require_once __DIR__ . '/includes/class-press-widgets-rest.php';
require_once __DIR__ . '/includes/class-press-widgets-front-end.php';

add_action( 'rest_api_init', array( 'Press_Widgets_Rest', 'register_routes' ) );
add_filter( 'rest_post_dispatch', array( 'Press_Widgets_Rest', 'no_store_on_error' ), 10, 3 );
add_filter( 'rest_index', array( 'Press_Widgets_Rest', 'cache_index' ) );
add_filter( 'rest_exposed_cors_headers', array( 'Press_Widgets_Rest', 'expose_etag' ) );
add_filter( 'rest_allowed_cors_headers', array( 'Press_Widgets_Rest', 'allow_if_none_match' ) );

add_action( 'init', array( 'Press_Widgets_Front_End', 'register_setting' ) );
add_action( 'admin_init', array( 'Press_Widgets_Front_End', 'add_settings_field' ) );
add_action( 'wp_enqueue_scripts', array( 'Press_Widgets_Front_End', 'enqueue' ) );
add_filter( 'script_loader_tag', array( 'Press_Widgets_Front_End', 'module_tag' ), 10, 3 );
