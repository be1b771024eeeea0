<?php
/**
 * The feed: what the press-widgets elements show, built with WordPress's own functions so that it
 * equals what the theme prints. Its shape is the package's docs/feed.md.
 *
 * Every list holds public data only: what a visitor of the site sees in its menus, archives,
 * category lists and Recent Comments widget. Strings are as WordPress prints them (entities
 * encoded, markup stripped where the theme would print a tag); the widgets decode the entities.
 *
 * @package Press_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Builds the parts of the feed.
 */
class Press_Widgets_Feed {

	/**
	 * The most posts `commentCounts` answers for in one request.
	 */
	const MAX_COUNTED_POSTS = 100;

	/**
	 * The most recent comments one request may ask for.
	 */
	const MAX_COMMENTS = 100;

	/**
	 * The most comments a thread holds: as many as the widgets read of one post over REST.
	 */
	const MAX_THREAD = 10000;

	/**
	 * The menu at a theme location, nested as wp_nav_menu() prints it.
	 *
	 * @param string $location A registered theme location.
	 * @return array[] Items: label, url, children.
	 */
	public static function menu( $location ) {
		$locations = get_nav_menu_locations();
		if ( empty( $locations[ $location ] ) ) {
			return array();
		}
		$menu = wp_get_nav_menu_object( $locations[ $location ] );
		if ( ! $menu ) {
			return array();
		}
		// Outside the admin, wp_get_nav_menu_items() leaves out items whose post or term is gone or unpublished.
		$items = wp_get_nav_menu_items( $menu->term_id, array( 'update_post_term_cache' => false ) );
		if ( ! $items ) {
			return array();
		}
		$args = self::nav_menu_args( $location, $menu );
		/** This filter is documented in wp-includes/nav-menu-template.php */
		$items = apply_filters( 'wp_nav_menu_objects', $items, $args );

		$by_parent = array();
		$ids       = array();
		foreach ( $items as $item ) {
			$ids[ (int) $item->ID ] = true;
		}
		foreach ( $items as $item ) {
			$parent = (int) $item->menu_item_parent;
			// As Walker::walk(): an item whose parent is not shown is shown at the top level, after the others.
			$by_parent[ isset( $ids[ $parent ] ) ? $parent : -1 ][] = $item;
		}
		$top = array_merge( isset( $by_parent[0] ) ? $by_parent[0] : array(), isset( $by_parent[-1] ) ? $by_parent[-1] : array() );
		return self::menu_branch( $top, $by_parent, $args, 0 );
	}

	/**
	 * The arguments wp_nav_menu() would hand the filters of this menu (its defaults), for filters
	 * that read them: a plugin that hides items from visitors hides them here too.
	 *
	 * @param string  $location Theme location.
	 * @param WP_Term $menu     The menu.
	 * @return object
	 */
	private static function nav_menu_args( $location, $menu ) {
		return (object) array(
			'menu'                 => $menu,
			'container'            => 'div',
			'container_class'      => '',
			'container_id'         => '',
			'container_aria_label' => '',
			'menu_class'           => 'menu',
			'menu_id'              => '',
			'echo'                 => false,
			'fallback_cb'          => false,
			'before'               => '',
			'after'                => '',
			'link_before'          => '',
			'link_after'           => '',
			'items_wrap'           => '<ul id="%1$s" class="%2$s">%3$s</ul>',
			'item_spacing'         => 'preserve',
			'depth'                => 0,
			'walker'               => '',
			'theme_location'       => $location,
		);
	}

	/**
	 * Menu items and their children.
	 *
	 * @param WP_Post[] $items     Items of one level.
	 * @param array     $by_parent Items by the ID of their parent item.
	 * @param object    $args      wp_nav_menu()'s arguments, for the filters.
	 * @param int       $depth     Nesting so far (a loop in the stored menu must end).
	 * @return array[]
	 */
	private static function menu_branch( $items, $by_parent, $args, $depth ) {
		$branch = array();
		foreach ( $items as $item ) {
			$children = isset( $by_parent[ (int) $item->ID ] ) && $depth < 8 ? $by_parent[ (int) $item->ID ] : array();
			/** This filter is documented in wp-includes/post-template.php */
			$title = apply_filters( 'the_title', $item->title, $item->ID );
			/** This filter is documented in wp-includes/class-walker-nav-menu.php */
			$title    = apply_filters( 'nav_menu_item_title', $title, $item, $args, $depth );
			$branch[] = array(
				// The theme prints the title as HTML; a reader sees its text.
				'label'    => wp_strip_all_tags( $title ),
				// As wp_nav_menu() prints it: a URL of a protocol WordPress does not allow (javascript:) is none.
				'url'      => esc_url_raw( (string) $item->url ),
				'children' => self::menu_branch( $children, $by_parent, $args, $depth + 1 ),
			);
		}
		return $branch;
	}

	/**
	 * Monthly archives with their post counts, from the grouped query wp_get_archives() runs, with
	 * its filters and under its cache key.
	 *
	 * @return array[] Months, newest first: year, month, url, count.
	 */
	public static function archives() {
		global $wpdb;

		// The arguments wp_get_archives( 'type=monthly&show_post_count=1' ) hands its filters.
		$args = array(
			'type'            => 'monthly',
			'limit'           => '',
			'format'          => 'html',
			'before'          => '',
			'after'           => '',
			'show_post_count' => true,
			'echo'            => 0,
			'order'           => 'DESC',
			'post_type'       => 'post',
			'year'            => '',
			'monthnum'        => '',
			'day'             => '',
			'w'               => '',
		);

		$sql_where = $wpdb->prepare( "WHERE post_type = %s AND post_status = 'publish'", $args['post_type'] );
		/** This filter is documented in wp-includes/general-template.php */
		$where = apply_filters( 'getarchives_where', $sql_where, $args );
		/** This filter is documented in wp-includes/general-template.php */
		$join = apply_filters( 'getarchives_join', '', $args );

		// wp_get_archives()'s own query, character for character, so that both share one cache entry.
		$query   = "SELECT YEAR(post_date) AS `year`, MONTH(post_date) AS `month`, count(ID) as posts FROM $wpdb->posts $join $where GROUP BY YEAR(post_date), MONTH(post_date) ORDER BY post_date DESC ";
		$key     = 'wp_get_archives:' . md5( $query ) . ':' . wp_cache_get_last_changed( 'posts' );
		$results = wp_cache_get( $key, 'posts' );
		if ( ! $results ) {
			// The WHERE is prepared above; the filters' additions are trusted as wp_get_archives() trusts them.
			$results = $wpdb->get_results( $query ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery
			wp_cache_set( $key, $results, 'posts' );
		}

		$months = array();
		foreach ( (array) $results as $result ) {
			$months[] = array(
				'year'  => (int) $result->year,
				'month' => (int) $result->month,
				'url'   => get_month_link( $result->year, $result->month ),
				'count' => (int) $result->posts,
			);
		}
		return $months;
	}

	/**
	 * Every category, empty ones too, by name, with its own count and its branch's count as
	 * wp_list_categories( 'show_count=1&hierarchical=1' ) pads it (each post once).
	 *
	 * @return array[] Categories: id, name, url, count, parent, totalCount.
	 */
	public static function categories() {
		$args   = array(
			'taxonomy'   => 'category',
			'hide_empty' => false,
			'orderby'    => 'name',
			'order'      => 'ASC',
		);
		$terms  = get_terms( $args );
		$padded = get_terms( array_merge( $args, array( 'pad_counts' => true ) ) );
		if ( is_wp_error( $terms ) || is_wp_error( $padded ) ) {
			return array();
		}
		$totals = array();
		foreach ( $padded as $term ) {
			$totals[ $term->term_id ] = (int) $term->count;
		}

		$categories = array();
		foreach ( $terms as $term ) {
			$url = get_term_link( $term );
			// As Walker_Category prints it: escaped first, so wptexturize on list_cats curls no quotes.
			/** This filter is documented in wp-includes/category-template.php */
			$name         = apply_filters( 'list_cats', esc_attr( $term->name ), $term );
			$categories[] = array(
				'id'         => (int) $term->term_id,
				'name'       => wp_strip_all_tags( $name ),
				'url'        => is_wp_error( $url ) ? '' : $url,
				'count'      => (int) $term->count,
				'parent'     => (int) $term->parent,
				'totalCount' => isset( $totals[ $term->term_id ] ) ? $totals[ $term->term_id ] : (int) $term->count,
			);
		}
		return $categories;
	}

	/**
	 * The newest approved comments on published posts, as the Recent Comments widget and the
	 * Latest Comments block list them (pingbacks too, as they do), on posts of the types that have
	 * public pages only: WordPress 6.1's block and widget list every type's (a published post of a
	 * type without public pages too) where the theme shows them; this answer is public whether the
	 * theme shows them or not.
	 *
	 * @param int $number How many.
	 * @return array[] Comments: id, author, authorUrl, avatar, postTitle, url, date, excerpt.
	 */
	public static function comments( $number ) {
		/** This filter is documented in wp-includes/widgets/class-wp-widget-recent-comments.php */
		$query    = apply_filters(
			'widget_comments_args',
			array(
				'number'      => $number,
				'status'      => 'approve',
				'post_status' => 'publish',
				'post_type'   => array_values( array_filter( get_post_types(), 'is_post_type_viewable' ) ),
			),
			array()
		);
		$comments = get_comments( $query );
		if ( ! $comments ) {
			return array();
		}
		_prime_post_caches( array_unique( wp_list_pluck( $comments, 'comment_post_ID' ) ), false, false );
		$avatars = (bool) get_option( 'show_avatars' );

		$list = array();
		foreach ( $comments as $comment ) {
			// get_comment_author_url() escapes for HTML (&#038;); the feed holds URLs as they are.
			$author_url = html_entity_decode( get_comment_author_url( $comment ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( '' === $author_url && ! empty( $comment->user_id ) ) {
				// As the Latest Comments block links a registered author without a website.
				$author_url = get_author_posts_url( (int) $comment->user_id );
			}
			$title = get_the_title( (int) $comment->comment_post_ID );
			$item  = array(
				'id'        => (int) $comment->comment_ID,
				'author'    => wp_strip_all_tags( get_comment_author( $comment ) ),
				'postTitle' => wp_strip_all_tags( '' === $title ? __( '(no title)', 'press-widgets' ) : $title ),
				'url'       => get_comment_link( $comment ),
				'date'      => get_comment_date( 'c', $comment ),
				// What a visitor without the post's password sees, whatever cookie this request carries:
				// the answer is cached for everyone (get_comment_excerpt() would follow the cookie).
				'excerpt'   => '' !== get_post( (int) $comment->comment_post_ID )->post_password
					? __( 'Password protected' ) // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's string, in core's translation, as get_comment_excerpt() prints it.
					: get_comment_excerpt( $comment ),
			);
			if ( $author_url ) {
				$item['authorUrl'] = $author_url;
			}
			if ( $avatars ) {
				$avatar = self::avatar_url( $comment, 48 );
				if ( $avatar ) {
					$item['avatar'] = $avatar;
				}
			}
			$list[] = $item;
		}
		return $list;
	}

	/**
	 * A post's conversation as its page shows it to a visitor: its approved comments (not its
	 * pingbacks and trackbacks, which the feed has no way to mark), the post's title, whether it
	 * takes more, and the site's discussion settings. Null for a post a visitor cannot read
	 * (unpublished, password-protected, or of a type without public pages).
	 *
	 * @param int $post_id Post ID.
	 * @return array|null title, open, avatars, settings, comments (id, parent, author, authorUrl, avatar, date, content, url).
	 */
	public static function thread( $post_id ) {
		$post = get_post( $post_id );
		if ( ! $post || 'publish' !== get_post_status( $post ) || '' !== $post->post_password || ! is_post_type_viewable( $post->post_type ) ) {
			return null;
		}
		// comments_template()'s query for a visitor, every page at once (the widget pages the thread
		// itself), up to as many as the widgets read over REST; pingbacks too, which count in the pages.
		$comments = get_comments(
			array(
				'post_id'                   => $post->ID,
				'status'                    => 'approve',
				'orderby'                   => array( 'comment_date_gmt', 'comment_ID' ),
				'order'                     => 'ASC',
				'number'                    => self::MAX_THREAD,
				'update_comment_meta_cache' => false,
			)
		);
		$avatars  = (bool) get_option( 'show_avatars' );
		$pages    = self::comment_pages( $comments );

		$list = array();
		foreach ( $comments as $comment ) {
			if ( 'comment' !== $comment->comment_type ) {
				continue; // the feed has no way to mark a pingback
			}
			$item       = array(
				'id'      => (int) $comment->comment_ID,
				'parent'  => (int) $comment->comment_parent,
				'author'  => wp_strip_all_tags( get_comment_author( $comment ) ),
				'date'    => get_comment_date( 'c', $comment ),
				/** This filter is documented in wp-includes/comment-template.php */
				'content' => apply_filters( 'comment_text', $comment->comment_content, $comment, array() ),
				// The page given: get_comment_link() would otherwise count it out with a query per comment.
				'url'     => get_comment_link( $comment, array( 'page' => $pages[ (int) $comment->comment_ID ] ) ),
			);
			$author_url = html_entity_decode( get_comment_author_url( $comment ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( $author_url ) {
				$item['authorUrl'] = $author_url;
			}
			if ( $avatars ) {
				$avatar = self::avatar_url( $comment, 96 );
				if ( $avatar ) {
					$item['avatar'] = $avatar;
				}
			}
			$list[] = $item;
		}

		return array(
			'title'    => wp_strip_all_tags( get_the_title( $post ) ),
			'open'     => comments_open( $post ),
			'avatars'  => $avatars,
			'settings' => array(
				'threaded'    => (bool) get_option( 'thread_comments' ),
				'depth'       => max( 1, min( 10, (int) get_option( 'thread_comments_depth' ) ) ),
				'order'       => 'desc' === get_option( 'comment_order' ) ? 'desc' : 'asc',
				'paged'       => (bool) get_option( 'page_comments' ),
				'perPage'     => max( 1, (int) get_option( 'comments_per_page' ) ),
				'defaultPage' => 'oldest' === get_option( 'default_comments_page' ) ? 'oldest' : 'newest',
			),
			'comments' => $list,
		);
	}

	/**
	 * The comment page of each comment, as get_page_of_comment() works it out, from the comments
	 * already read: threaded (deeper than one level), a reply is on its top-level comment's page,
	 * and the pages count the top-level comments older than it; else every comment older than it.
	 * A page per comment here costs no query; get_page_of_comment() costs one each.
	 *
	 * @param WP_Comment[] $comments The post's approved comments, oldest first.
	 * @return int[] Page, from 1, by comment ID (0 when the site does not page its comments).
	 */
	private static function comment_pages( $comments ) {
		$per_page = get_option( 'page_comments' ) ? (int) get_option( 'comments_per_page' ) : 0;
		$threaded = get_option( 'thread_comments' ) && (int) get_option( 'thread_comments_depth' ) > 1;
		$by_id    = array();
		foreach ( $comments as $comment ) {
			$by_id[ (int) $comment->comment_ID ] = $comment;
		}
		$pages = array();
		$older = 0; // counted comments with an earlier date
		$count = 0; // counted comments so far
		$last  = null;
		foreach ( $comments as $comment ) {
			if ( $threaded && (int) $comment->comment_parent ) {
				continue;
			}
			if ( $comment->comment_date_gmt !== $last ) {
				$older = $count;
				$last  = $comment->comment_date_gmt;
			}
			++$count;
			$pages[ (int) $comment->comment_ID ] = $per_page > 0 ? (int) ceil( ( $older + 1 ) / $per_page ) : 0;
		}
		foreach ( $comments as $comment ) {
			$id = (int) $comment->comment_ID;
			if ( isset( $pages[ $id ] ) ) {
				continue;
			}
			// A reply: its top-level comment's page (1 when the chain is broken or loops).
			$top  = $comment;
			$seen = array();
			while ( (int) $top->comment_parent && isset( $by_id[ (int) $top->comment_parent ] ) && ! isset( $seen[ (int) $top->comment_ID ] ) ) {
				$seen[ (int) $top->comment_ID ] = true;
				$top                            = $by_id[ (int) $top->comment_parent ];
			}
			$pages[ $id ] = isset( $pages[ (int) $top->comment_ID ] ) ? $pages[ (int) $top->comment_ID ] : ( $per_page > 0 ? 1 : 0 );
		}
		return $pages;
	}

	/**
	 * The comment author's avatar, the same in every answer: on a site without HTTPS, WordPress
	 * picks Gravatar's server at random for an author without an email (0 to 2.gravatar.com), which
	 * would change the answer, and its ETag, at every request: such an author's is always on server 0.
	 *
	 * @param WP_Comment $comment The comment.
	 * @param int        $size    Size in pixels.
	 * @return string|false
	 */
	private static function avatar_url( $comment, $size ) {
		$url = get_avatar_url( $comment, array( 'size' => $size ) );
		return $url ? preg_replace( '#^http://[0-2]\.gravatar\.com/avatar/\?#', 'http://0.gravatar.com/avatar/?', $url ) : $url;
	}

	/**
	 * Where the comment form posts.
	 *
	 * @return array action (wp-comments-post.php), rest (the REST API's comments endpoint).
	 */
	public static function comment_form() {
		return array(
			'action' => site_url( '/wp-comments-post.php' ),
			'rest'   => rest_url( 'wp/v2/comments' ),
		);
	}

	/**
	 * The comment count a theme prints (get_comments_number()) of each post any visitor can read:
	 * published and not password-protected (whatever cookie this request carries: the answer is
	 * cached for everyone). Others are left out.
	 *
	 * @param int[] $post_ids Post IDs.
	 * @return array Post ID => count.
	 */
	public static function comment_counts( $post_ids ) {
		$post_ids = array_slice( array_unique( array_filter( array_map( 'absint', $post_ids ) ) ), 0, self::MAX_COUNTED_POSTS );
		_prime_post_caches( $post_ids, false, false );
		$counts = array();
		foreach ( $post_ids as $post_id ) {
			$post = get_post( $post_id );
			if ( ! $post || 'publish' !== get_post_status( $post ) || '' !== $post->post_password || ! is_post_type_viewable( $post->post_type ) ) {
				continue;
			}
			$counts[ (string) $post_id ] = (int) get_comments_number( $post );
		}
		return $counts;
	}
}
