<?php
/**
 * GET /wp-json/press/v1/feed: the whole feed in one request that any shared cache may keep.
 *
 * @package Press_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The route, its arguments and its caching headers.
 */
class Press_Widgets_Rest {

	const ROUTE_NAMESPACE = 'press/v1';

	/**
	 * Registers the route.
	 */
	public static function register_routes() {
		register_rest_route(
			self::ROUTE_NAMESPACE,
			'/feed',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'get_feed' ),
				// Public data only: what any visitor of the site sees.
				'permission_callback' => '__return_true',
				'args'                => array(
					'location'   => array(
						'description'       => __( 'The theme location of a classic menu; default: the first one the theme registers.', 'press-widgets' ),
						'type'              => 'string',
						'validate_callback' => array( __CLASS__, 'validate_location' ),
					),
					'navigation' => array(
						'description'       => __( 'A published Navigation menu (wp_navigation post ID) of a block theme; default with a block theme: the menu its header shows.', 'press-widgets' ),
						'type'              => 'integer',
						'validate_callback' => array( __CLASS__, 'validate_navigation' ),
					),
					'comments'   => array(
						'description' => __( 'How many recent comments.', 'press-widgets' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => Press_Widgets_Feed::MAX_COMMENTS,
						'default'     => 10,
					),
					'thread'     => array(
						'description' => __( 'A post ID whose conversation to include.', 'press-widgets' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'posts'      => array(
						'description'       => __( 'Comma-separated post IDs whose comment counts to include.', 'press-widgets' ),
						'type'              => 'string',
						'validate_callback' => array( __CLASS__, 'validate_posts' ),
					),
				),
			)
		);
	}

	/**
	 * A registered theme location, or an error naming the ones there are.
	 *
	 * @param mixed $value The parameter.
	 * @return true|WP_Error
	 */
	public static function validate_location( $value ) {
		$locations = array_keys( get_registered_nav_menus() );
		if ( is_string( $value ) && in_array( $value, $locations, true ) ) {
			return true;
		}
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: the theme's menu locations, comma-separated. */
			sprintf( __( 'location is not a menu location of this theme; it has: %s.', 'press-widgets' ), implode( ', ', $locations ) ),
			array( 'status' => 400 )
		);
	}

	/**
	 * A published Navigation menu.
	 *
	 * @param mixed $value The parameter.
	 * @return true|WP_Error
	 */
	public static function validate_navigation( $value ) {
		if ( is_numeric( $value ) && (int) $value > 0 && (string) (int) $value === (string) $value && Press_Widgets_Navigation::is_published( (int) $value ) ) {
			return true;
		}
		return new WP_Error( 'rest_invalid_param', __( 'navigation is not a published Navigation menu.', 'press-widgets' ), array( 'status' => 400 ) );
	}

	/**
	 * Up to MAX_COUNTED_POSTS post IDs, comma-separated.
	 *
	 * @param mixed $value The parameter.
	 * @return true|WP_Error
	 */
	public static function validate_posts( $value ) {
		// Digits and commas only, no empty item (nor a trailing newline): checked without a pattern, whose backtracking a list of thousands exhausts.
		if ( ! is_string( $value ) || '' === $value || '' !== trim( $value, '0123456789,' ) || false !== strpos( ",$value,", ',,' ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'posts must be post IDs separated by commas.', 'press-widgets' ), array( 'status' => 400 ) );
		}
		if ( count( wp_parse_id_list( $value ) ) > Press_Widgets_Feed::MAX_COUNTED_POSTS ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %d: the most post IDs one request may name. */
				sprintf( __( 'posts may name at most %d posts.', 'press-widgets' ), Press_Widgets_Feed::MAX_COUNTED_POSTS ),
				array( 'status' => 400 )
			);
		}
		return true;
	}

	/**
	 * The feed, with caching headers; 304 when the client holds this very answer.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response
	 */
	public static function get_feed( $request ) {
		if ( null !== $request['location'] && null !== $request['navigation'] ) {
			return new WP_Error( 'rest_invalid_param', __( 'Name either location or navigation, not both.', 'press-widgets' ), array( 'status' => 400 ) );
		}

		$feed = array(
			'menu'        => self::menu( $request ),
			'archives'    => Press_Widgets_Feed::archives(),
			'categories'  => Press_Widgets_Feed::categories(),
			'comments'    => Press_Widgets_Feed::comments( (int) $request['comments'] ),
			'commentForm' => Press_Widgets_Feed::comment_form(),
		);
		if ( null !== $request['posts'] ) {
			// An object even when empty: the feed's commentCounts maps post IDs to counts.
			$feed['commentCounts'] = (object) Press_Widgets_Feed::comment_counts( wp_parse_id_list( $request['posts'] ) );
		}

		if ( null !== $request['thread'] ) {
			$thread = Press_Widgets_Feed::thread( (int) $request['thread'] );
			// An object even when empty: the feed's threads maps post IDs to conversations.
			$feed['threads'] = (object) ( null === $thread ? array() : array( (string) (int) $request['thread'] => $thread ) );
		}

		/**
		 * Filters the feed before it is sent.
		 *
		 * @param array           $feed    The feed (docs/feed.md of the press-widgets package).
		 * @param WP_REST_Request $request The request.
		 */
		$feed = apply_filters( 'press_widgets_feed', $feed, $request );

		// The answer's own digest: it changes exactly when what a visitor would see changes (a post,
		// term, menu, approved comment, or a setting such as the permalinks), whatever the object cache.
		$etag    = '"' . md5( (string) wp_json_encode( $feed ) ) . '"';
		$headers = array(
			'Cache-Control' => self::cache_control(),
			'ETag'          => $etag,
		);
		if ( self::matches( $request->get_header( 'if_none_match' ), $etag ) ) {
			return new WP_REST_Response( null, 304, $headers );
		}
		return new WP_REST_Response( $feed, 200, $headers );
	}

	/**
	 * The feed's menu: a Navigation menu named by `navigation`; a classic menu named by `location`;
	 * else, with a block theme, what its header's Navigation block shows, and with a classic theme,
	 * the menu at its first location.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return array[]
	 */
	private static function menu( $request ) {
		if ( null !== $request['navigation'] ) {
			return Press_Widgets_Navigation::menu( (int) $request['navigation'] );
		}
		if ( null === $request['location'] && wp_is_block_theme() ) {
			return Press_Widgets_Navigation::theme_menu();
		}
		$location = $request['location'];
		if ( null === $location ) {
			$locations = array_keys( get_registered_nav_menus() );
			$location  = $locations ? $locations[0] : '';
		}
		return '' === $location ? array() : Press_Widgets_Feed::menu( $location );
	}

	/**
	 * An error of the route (a parameter refused, a failure) is no answer to keep: a shared cache
	 * that kept it would hand it to every visitor after the cause was gone.
	 *
	 * @param WP_HTTP_Response $response The answer.
	 * @param WP_REST_Server   $server   The server.
	 * @param WP_REST_Request  $request  The request.
	 * @return WP_HTTP_Response
	 */
	public static function no_store_on_error( $response, $server, $request ) {
		if ( $response instanceof WP_HTTP_Response && $response->get_status() >= 400 && 0 === strpos( $request->get_route(), '/' . self::ROUTE_NAMESPACE . '/' ) ) {
			$response->header( 'Cache-Control', 'no-store' );
		}
		return $response;
	}

	/**
	 * `Cache-Control` for the feed: options press_widgets_max_age (default 300 seconds) and
	 * press_widgets_stale_while_revalidate (default 86400), then the press_widgets_cache_control filter.
	 *
	 * @return string
	 */
	public static function cache_control() {
		$max_age = absint( get_option( 'press_widgets_max_age', 300 ) );
		$stale   = absint( get_option( 'press_widgets_stale_while_revalidate', 86400 ) );
		/**
		 * Filters the feed's Cache-Control header.
		 *
		 * @param string $cache_control The header's value.
		 */
		return (string) apply_filters( 'press_widgets_cache_control', "public, max-age=$max_age, stale-while-revalidate=$stale" );
	}

	/**
	 * Whether an If-None-Match header names this ETag (or is "*"). It compares weakly, as RFC 9110
	 * has If-None-Match compare: a cache in front may have weakened the tag (W/"…") on the way.
	 *
	 * @param string|null $if_none_match The header.
	 * @param string      $etag          This answer's ETag.
	 * @return bool
	 */
	private static function matches( $if_none_match, $etag ) {
		if ( ! is_string( $if_none_match ) || '' === $if_none_match ) {
			return false;
		}
		foreach ( explode( ',', $if_none_match ) as $tag ) {
			$tag = trim( $tag );
			if ( '*' === $tag || preg_replace( '#^W/#', '', $tag ) === $etag ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The REST index with the feed's Cache-Control, for a visitor who is not logged in: the widgets
	 * read it first (its namespaces tell them the plugin is there), so a cache in front must be able
	 * to keep it too. What it says (the site's name, URL, namespaces, routes) is public, the same for
	 * every visitor; a logged-in user's index is left as WordPress sends it.
	 *
	 * @param WP_REST_Response $response The index.
	 * @return WP_REST_Response
	 */
	public static function cache_index( $response ) {
		if ( $response instanceof WP_REST_Response && ! is_user_logged_in() ) {
			$response->header( 'Cache-Control', self::cache_control() );
		}
		return $response;
	}

	/**
	 * Lets a page on another origin read the ETag, to revalidate the feed itself.
	 *
	 * @param string[] $headers Response headers exposed to cross-origin scripts.
	 * @return string[]
	 */
	public static function expose_etag( $headers ) {
		$headers[] = 'ETag';
		return $headers;
	}

	/**
	 * Lets a page on another origin send If-None-Match (it needs a preflight, which this allows).
	 *
	 * @param string[] $headers Request headers allowed from cross-origin scripts.
	 * @return string[]
	 */
	public static function allow_if_none_match( $headers ) {
		$headers[] = 'If-None-Match';
		return $headers;
	}
}
