<?php
/**
 * Plugin Name:       APT FAQ
 * Plugin URI:        https://www.apt.ch/
 * Description:       The accessible FAQ of the Association for the Prevention of Torture: the [apt_faq] shortcode, the hand-written FAQ HTML kept as written for every author, and FAQ JSON files in the Media Library.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Association for the Prevention of Torture
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       apt-faq
 * Domain Path:       /languages
 *
 * @package AptFaq
 */

defined( 'ABSPATH' ) || exit;

define( 'APT_FAQ_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/hand-written.php';
require_once __DIR__ . '/includes/json-upload.php';

/**
 * Loads the plugin's translations (English, French, Spanish) from its own folder.
 */
function apt_faq_load_textdomain() {
	load_plugin_textdomain( 'apt-faq', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'apt_faq_load_textdomain' );

/**
 * Registers the element's script (once, deferred) and the one CSS line it needs on themes.
 *
 * Nothing is printed here: apt_faq_enqueue() adds both only to pages that hold an FAQ.
 */
function apt_faq_register_assets() {
	wp_register_script( 'apt-faq', plugins_url( 'apt-faq.js', __FILE__ ), array(), APT_FAQ_VERSION, false );
	// Themes with a `*:focus` outline (Twenty Twenty-Four's `:where(.wp-site-blocks *:focus)`)
	// would draw it around the whole <apt-faq>, which matches :focus while a question inside
	// its shadow root has focus; the question draws its own focus ring.
	wp_register_style( 'apt-faq', false, array(), APT_FAQ_VERSION );
	wp_add_inline_style( 'apt-faq', 'apt-faq:focus{outline:0}' );
}
add_action( 'wp_enqueue_scripts', 'apt_faq_register_assets', 5 );

/**
 * Adds `defer` to the element's script tag: WordPress before 6.3 has no loading strategy.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle Its handle.
 * @return string The tag, deferred when it is ours.
 */
function apt_faq_defer_script( $tag, $handle ) {
	if ( 'apt-faq' !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( '<script ', '<script defer ', $tag );
}
add_filter( 'script_loader_tag', 'apt_faq_defer_script', 10, 2 );

/**
 * Puts the element's script and CSS line on the current page (idempotent).
 */
function apt_faq_enqueue() {
	wp_enqueue_script( 'apt-faq' );
	wp_enqueue_style( 'apt-faq' );
}

/**
 * Whether a piece of content holds an FAQ: the shortcode or the hand-written element.
 *
 * @param string $content Post content.
 * @return bool
 */
function apt_faq_content_has_faq( $content ) {
	return is_string( $content ) && ( has_shortcode( $content, 'apt_faq' ) || false !== stripos( $content, '<apt-faq' ) );
}

/**
 * On a single post or page that holds an FAQ, enqueues the script early, so it is in <head>.
 * Archives and widgets are covered later, when their content is filtered.
 */
function apt_faq_enqueue_for_singular() {
	if ( is_singular() && apt_faq_content_has_faq( get_post_field( 'post_content', get_queried_object_id() ) ) ) {
		apt_faq_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'apt_faq_enqueue_for_singular' );
