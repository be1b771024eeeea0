<?php
/**
 * The elements on the site's own pages: the plugin loads the press-widgets module (its copy in
 * assets/) on the front end, unless the setting under Settings → Reading, or a filter, says not to.
 *
 * @package Press_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The module's enqueue and its setting.
 */
class Press_Widgets_Front_End {

	/**
	 * The option, and the setting: load the module on the site's pages ('1', the default) or not ('0').
	 */
	const OPTION = 'press_widgets_enqueue';

	/**
	 * The script's handle (its tag's id is `press-widgets-js`).
	 */
	const HANDLE = 'press-widgets';

	/**
	 * The module, relative to the plugin's folder: a copy of the package's dist/ (`npm run plugin`).
	 */
	const MODULE = 'assets/press-widgets.js';

	/**
	 * Registers the setting on Settings → Reading (options.php checks its nonce and manage_options)
	 * and in the REST API's settings, for the same users.
	 */
	public static function register_setting() {
		register_setting(
			'reading',
			self::OPTION,
			array(
				'type'              => 'boolean',
				'description'       => __( 'Load the press-widgets elements on the site’s pages.', 'press-widgets' ),
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => true,
				'show_in_rest'      => true,
			)
		);
	}

	/**
	 * The stored value: '1' or '0'. An unticked box sends nothing: off.
	 *
	 * @param mixed $value What the form or the REST API sent.
	 * @return string
	 */
	public static function sanitize( $value ) {
		return rest_sanitize_boolean( $value ) ? '1' : '0';
	}

	/**
	 * Adds the checkbox to Settings → Reading.
	 */
	public static function add_settings_field() {
		add_settings_field(
			self::OPTION,
			__( 'Press Widgets', 'press-widgets' ),
			array( __CLASS__, 'render_settings_field' ),
			'reading',
			'default',
			array( 'label_for' => self::OPTION )
		);
	}

	/**
	 * The checkbox.
	 */
	public static function render_settings_field() {
		printf(
			'<input name="%1$s" id="%1$s" type="checkbox" value="1" %2$s /> <label for="%1$s">%3$s</label><p class="description">%4$s</p>',
			esc_attr( self::OPTION ),
			checked( self::setting(), true, false ),
			esc_html__( 'Load the press-widgets elements on the site’s pages', 'press-widgets' ),
			esc_html__( 'Turn it off when the theme loads the press-widgets module itself, or uses none of its elements.', 'press-widgets' )
		);
	}

	/**
	 * The setting: on unless stored off.
	 *
	 * @return bool
	 */
	private static function setting() {
		return rest_sanitize_boolean( get_option( self::OPTION, true ) );
	}

	/**
	 * Whether the module goes on the site's pages: the setting, then the `press_widgets_enqueue`
	 * filter; never when the plugin's folder holds no module (a copy from the repository, unbuilt).
	 *
	 * @return bool
	 */
	public static function enabled() {
		/**
		 * Filters whether the press-widgets module is loaded on the site's pages.
		 *
		 * @param bool $enabled The setting (Settings → Reading).
		 */
		return (bool) apply_filters( 'press_widgets_enqueue', self::setting() ) && file_exists( plugin_dir_path( PRESS_WIDGETS_FILE ) . self::MODULE );
	}

	/**
	 * Enqueues the module: a script module on WordPress 6.5 and later; before, a footer script that
	 * module_tag() prints as `<script type="module">`.
	 */
	public static function enqueue() {
		if ( ! self::enabled() ) {
			return;
		}
		$url = plugins_url( self::MODULE, PRESS_WIDGETS_FILE );
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module( self::HANDLE, $url, array(), PRESS_WIDGETS_VERSION );
			return;
		}
		wp_enqueue_script( self::HANDLE, $url, array(), PRESS_WIDGETS_VERSION, true );
	}

	/**
	 * The module's tag before WordPress 6.5: WordPress prints a classic script; a module needs
	 * `type="module"` (the bundle imports its chunks, and runs deferred, after the markup it reads).
	 *
	 * @param string $tag    The tag WordPress would print.
	 * @param string $handle The script's handle.
	 * @param string $src    Its URL, with `?ver=`.
	 * @return string
	 */
	public static function module_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		return sprintf( '<script type="module" src="%1$s" id="%2$s"></script>' . "\n", esc_url( $src ), esc_attr( $handle . '-js' ) );
	}
}
