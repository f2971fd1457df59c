<?php
/**
 * The hand-written FAQ (the editor's "HTML to paste"), kept as written for every role.
 *
 * Two things break it otherwise: the HTML filter of users without `unfiltered_html` strips
 * the unknown elements and `slot`, and the automatic paragraphs of classic content split
 * `<apt-faq>` with `<p>`/`<br />`, so that the browser closes it early and the FAQ is empty.
 *
 * @package AptFaq
 */

defined( 'ABSPATH' ) || exit;

/**
 * Lets the FAQ's elements and attributes through the post HTML filter (kses).
 *
 * @param array  $tags    Allowed elements and their attributes.
 * @param string $context The filter's context; only post content is widened.
 * @return array
 */
function apt_faq_allow_markup( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$common          = array(
		'id'    => true,
		'class' => true,
		'lang'  => true,
		'dir'   => true,
		'title' => true,
	);
	$tags['apt-faq'] = $common + array_fill_keys(
		array( 'src', 'exclusive', 'search', 'expand-all', 'heading-level', 'anchor-prefix', 'sync-url', 'structured-data' ),
		true
	);
	$tags['apt-faq-item'] = $common + array(
		'question' => true,
		'open'     => true,
	);
	foreach ( array( 'h2', 'h3', 'h4', 'h5', 'h6' ) as $heading ) {
		$tags[ $heading ]         = isset( $tags[ $heading ] ) ? $tags[ $heading ] : array();
		$tags[ $heading ]['slot'] = true;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'apt_faq_allow_markup', 10, 2 );

/**
 * The FAQs taken out of the content while WordPress adds paragraphs and typography.
 *
 * @param string|null $put_back The FAQ to store; null to read the list.
 * @return string[] Every FAQ stored so far, by number.
 */
function apt_faq_kept( $put_back = null ) {
	static $kept = array();
	if ( null !== $put_back ) {
		$kept[] = $put_back;
	}
	return $kept;
}

/**
 * Replaces each `<apt-faq>…</apt-faq>` with an empty block placeholder before the automatic
 * paragraphs (priority 10), and puts the script on the page.
 *
 * A scan, not one regular expression over the whole FAQ: that stops at PCRE's backtracking
 * limit on a long FAQ (measured: 3,000 items), and a failed replacement would lose the content.
 *
 * @param string $content Post content.
 * @return string
 */
function apt_faq_protect( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<apt-faq' ) ) {
		return $content;
	}
	apt_faq_enqueue();
	$closing = '</apt-faq>';
	$result  = '';
	$offset  = 0;
	while ( preg_match( '/<apt-faq(?=[\s>])/i', $content, $opening, PREG_OFFSET_CAPTURE, $offset ) ) {
		$start = $opening[0][1];
		$close = stripos( $content, $closing, $start );
		if ( false === $close ) {
			break;
		}
		$end    = $close + strlen( $closing );
		$number = count( apt_faq_kept( substr( $content, $start, $end - $start ) ) ) - 1;
		// A <div> is a block for wpautop: it gets no <p> around or inside.
		$result .= substr( $content, $offset, $start - $offset ) . '<div data-apt-faq-kept="' . $number . '"></div>';
		$offset  = $end;
	}
	return $result . substr( $content, $offset );
}
add_filter( 'the_content', 'apt_faq_protect', 8 );

/**
 * Puts each FAQ back, exactly as written, once the content filters are done.
 *
 * @param string $content Post content.
 * @return string
 */
function apt_faq_put_back( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'data-apt-faq-kept' ) ) {
		return $content;
	}
	$kept = apt_faq_kept();
	return preg_replace_callback(
		'#<div data-apt-faq-kept="(\d+)"></div>#',
		function ( $match ) use ( $kept ) {
			return isset( $kept[ (int) $match[1] ] ) ? $kept[ (int) $match[1] ] : '';
		},
		$content
	);
}
add_filter( 'the_content', 'apt_faq_put_back', 100 );

/**
 * Keeps WordPress's typography (curly quotes, dashes) out of the FAQ, as it does for `<pre>`:
 * block themes run it once more over the whole page, after the content filters.
 *
 * @param string[] $tags Elements whose content is left as written.
 * @return string[]
 */
function apt_faq_no_texturize( $tags ) {
	$tags[] = 'apt-faq';
	return $tags;
}
add_filter( 'no_texturize_tags', 'apt_faq_no_texturize' );
