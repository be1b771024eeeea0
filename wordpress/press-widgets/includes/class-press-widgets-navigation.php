<?php
/**
 * A block theme's menu for the feed: the links of a Navigation menu (a `wp_navigation` post), or
 * of what the theme's header Navigation block shows, in the feed's `menu` shape. It follows
 * render_block_core_navigation() and the renderers of the blocks inside it (WordPress 6.1,
 * wp-includes/blocks/): the same post, the same fallback, the same links left out.
 *
 * @package Press_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads Navigation menus as the Navigation block renders them.
 */
class Press_Widgets_Navigation {

	/**
	 * Levels of a menu read, as for a classic menu (the widgets draw no more).
	 */
	const MAX_DEPTH = 8;

	/**
	 * Whether a post is a Navigation menu the block would show: a published `wp_navigation` post.
	 *
	 * @param int $navigation_id Post ID.
	 * @return bool
	 */
	public static function is_published( $navigation_id ) {
		$post = get_post( $navigation_id );
		return $post && 'wp_navigation' === $post->post_type && 'publish' === $post->post_status;
	}

	/**
	 * The links of a published Navigation menu, as a Navigation block whose `ref` is that menu
	 * prints them (its fallback when the menu holds no block).
	 *
	 * @param int $navigation_id A `wp_navigation` post ID.
	 * @return array[] Items: label, url, children.
	 */
	public static function menu( $navigation_id ) {
		if ( ! self::is_published( $navigation_id ) ) {
			return array();
		}
		return self::items_of_block(
			array(
				'blockName'    => 'core/navigation',
				'attrs'        => array( 'ref' => (int) $navigation_id ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/**
	 * The links the active block theme's header shows: its first Navigation block, with the post it
	 * names, or its own links, or the block's fallback (the newest published Navigation menu, else
	 * the list of pages). Empty when the header has no Navigation block.
	 *
	 * @return array[] Items: label, url, children.
	 */
	public static function theme_menu() {
		$block = self::header_navigation_block();
		return $block ? self::items_of_block( $block ) : array();
	}

	/**
	 * The first core/navigation block of the theme's header template part (the one with the slug
	 * `header`, else the first of the header area), as the site editor saved it or the theme ships it.
	 *
	 * @return array|null A parsed block.
	 */
	private static function header_navigation_block() {
		$parts = get_block_templates( array( 'area' => WP_TEMPLATE_PART_AREA_HEADER ), 'wp_template_part' );
		usort(
			$parts,
			function ( $a, $b ) {
				return (int) ( 'header' !== $a->slug ) - (int) ( 'header' !== $b->slug );
			}
		);
		foreach ( $parts as $part ) {
			$block = self::find_navigation( parse_blocks( $part->content ) );
			if ( $block ) {
				return $block;
			}
		}
		return null;
	}

	/**
	 * The first core/navigation block in a tree of parsed blocks, depth first, in document order.
	 *
	 * @param array[] $blocks Parsed blocks.
	 * @return array|null
	 */
	private static function find_navigation( $blocks ) {
		foreach ( $blocks as $block ) {
			if ( 'core/navigation' === $block['blockName'] ) {
				return $block;
			}
			$inner = empty( $block['innerBlocks'] ) ? null : self::find_navigation( $block['innerBlocks'] );
			if ( $inner ) {
				return $inner;
			}
		}
		return null;
	}

	/**
	 * The links a Navigation block prints: render_block_core_navigation()'s choice of inner blocks,
	 * then each link as its own block renders it.
	 *
	 * @param array $parsed A parsed core/navigation block.
	 * @return array[]
	 */
	private static function items_of_block( $parsed ) {
		$navigation = new WP_Block( $parsed );
		$attributes = $navigation->attributes;
		if ( array_key_exists( 'navigationMenuId', $attributes ) ) {
			$attributes['ref'] = $attributes['navigationMenuId'];
		}

		$inner_blocks = $navigation->inner_blocks;
		if ( array_key_exists( 'ref', $attributes ) ) {
			$post = get_post( $attributes['ref'] );
			if ( ! $post ) {
				return array(); // the block prints nothing
			}
			if ( 'publish' === $post->post_status ) {
				$inner_blocks = new WP_Block_List( block_core_navigation_filter_out_empty_blocks( parse_blocks( $post->post_content ) ), $attributes );
			}
		}
		if ( empty( $inner_blocks ) ) {
			$fallback = block_core_navigation_get_fallback_blocks();
			if ( empty( $fallback ) || ! is_array( $fallback ) ) {
				return array();
			}
			$inner_blocks = new WP_Block_List( $fallback, $attributes );
		}
		/** This filter is documented in wp-includes/blocks/navigation.php */
		$inner_blocks = apply_filters( 'block_core_navigation_render_inner_blocks', $inner_blocks );

		return self::items( $inner_blocks, 0 );
	}

	/**
	 * Menu items of a list of blocks inside a Navigation block. Blocks that are no links (the site
	 * title, a search field, social icons, spacers) are not menu items.
	 *
	 * @param WP_Block_List|WP_Block[] $blocks Blocks.
	 * @param int                      $depth  Nesting so far.
	 * @return array[]
	 */
	private static function items( $blocks, $depth ) {
		$items = array();
		foreach ( $blocks as $block ) {
			switch ( $block->name ) {
				case 'core/navigation-link':
				case 'core/navigation-submenu':
					$item = self::link_item( $block, $depth );
					if ( $item ) {
						$items[] = $item;
					}
					break;
				case 'core/home-link':
					// render_block_core_home_link(): no label, no link.
					if ( ! empty( $block->attributes['label'] ) ) {
						$items[] = array(
							'label'    => self::label( $block->attributes['label'] ),
							'url'      => esc_url_raw( home_url() ),
							'children' => array(),
						);
					}
					break;
				case 'core/page-list':
					$items = array_merge( $items, self::page_list( $block, $depth ) );
					break;
			}
		}
		return $items;
	}

	/**
	 * A link or sub-menu block, or null where its renderer prints nothing: a link to a post that is
	 * not published (or gone), or one without a label.
	 *
	 * @param WP_Block $block A core/navigation-link or core/navigation-submenu block.
	 * @param int      $depth Nesting so far.
	 * @return array|null
	 */
	private static function link_item( $block, $depth ) {
		$attributes   = $block->attributes;
		$is_post_type = ( isset( $attributes['kind'] ) && 'post-type' === $attributes['kind'] )
			|| ( isset( $attributes['type'] ) && ( 'post' === $attributes['type'] || 'page' === $attributes['type'] ) );
		if ( $is_post_type && isset( $attributes['id'] ) && is_numeric( $attributes['id'] ) ) {
			// The link block reads the post's own status, the sub-menu block get_post_status() (an attachment's is its parent's).
			$post   = get_post( (int) $attributes['id'] );
			$status = 'core/navigation-link' === $block->name ? ( $post ? $post->post_status : false ) : get_post_status( (int) $attributes['id'] );
			if ( 'publish' !== $status ) {
				return null;
			}
		}
		if ( empty( $attributes['label'] ) ) {
			return null;
		}
		// A sub-menu that opens on click is a button, no link (render_block_core_navigation_submenu()).
		$button = 'core/navigation-submenu' === $block->name && ! empty( $block->context['openSubmenusOnClick'] );
		$url    = ! $button && isset( $attributes['url'] ) ? esc_url_raw( (string) $attributes['url'] ) : '';
		return array(
			'label'    => self::label( $attributes['label'] ),
			'url'      => $url,
			'children' => $depth + 1 < self::MAX_DEPTH ? self::items( $block->inner_blocks, $depth + 1 ) : array(),
		);
	}

	/**
	 * The published pages, nested, as render_block_core_page_list() lists them: by menu order and
	 * title; a page whose parent is not listed is not listed either.
	 *
	 * @param WP_Block $block A core/page-list block.
	 * @param int      $depth Nesting so far.
	 * @return array[]
	 */
	private static function page_list( $block, $depth ) {
		$pages = get_pages(
			array(
				'sort_column' => 'menu_order,post_title',
				'order'       => 'asc',
			)
		);
		$by_parent = array();
		foreach ( (array) $pages as $page ) {
			$by_parent[ (int) $page->post_parent ][] = $page;
		}
		$open_on_click = ! empty( $block->context['openSubmenusOnClick'] );
		$branch        = function ( $parent, $level ) use ( &$branch, $by_parent, $open_on_click ) {
			$items = array();
			foreach ( isset( $by_parent[ $parent ] ) ? $by_parent[ $parent ] : array() as $page ) {
				$children = $level + 1 < self::MAX_DEPTH ? $branch( (int) $page->ID, $level + 1 ) : array();
				$items[]  = array(
					'label'    => self::label( $page->post_title ),
					// A parent page that opens on click is a button, no link.
					'url'      => isset( $by_parent[ (int) $page->ID ] ) && $open_on_click ? '' : esc_url_raw( get_permalink( $page->ID ) ),
					'children' => $children,
				);
			}
			return $items;
		};
		return $branch( 0, $depth );
	}

	/**
	 * A label as a reader sees it: the renderers print it through wp_kses_post(), and the block
	 * template is texturized (get_the_block_template_html()); the feed holds its text, entities kept.
	 *
	 * @param string $label The block's label (HTML).
	 * @return string
	 */
	private static function label( $label ) {
		return wptexturize( wp_strip_all_tags( wp_kses_post( (string) $label ) ) );
	}
}
