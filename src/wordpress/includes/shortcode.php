<?php
/**
 * The [apt_faq] shortcode: the element with its attributes, for every role that writes posts.
 *
 * A shortcode is text, so it survives the HTML filter of users without `unfiltered_html`
 * (Authors, Contributors); the markup is made here, from validated and escaped values.
 *
 * @package AptFaq
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's on/off attributes.
 *
 * @return string[]
 */
function apt_faq_boolean_attributes() {
	return array( 'exclusive', 'search', 'expand-all', 'sync-url', 'structured-data' );
}

/**
 * Reads a shortcode's attributes into the element's, and says what was wrong with the rest.
 *
 * `[apt_faq search]` and `[apt_faq search="true"]` both switch an attribute on; a value the
 * element would not accept is left out (the element's default applies) and reported.
 *
 * @param array|string $atts The shortcode's attributes as WordPress parsed them ('' when none).
 * @return array{0: array<string, string|true>, 1: string[]} The attributes to print, and the problems.
 */
function apt_faq_read_attributes( $atts ) {
	$attributes = array();
	$problems   = array();
	$boolean    = apt_faq_boolean_attributes();
	// `[apt_faq]` alone comes as an empty string, not as an empty list.
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// A value-less attribute (`[apt_faq search]`) comes with a numeric key.
		if ( is_int( $key ) ) {
			$key   = strtolower( (string) $value );
			$value = 'true';
		}
		$value = trim( (string) $value );
		if ( in_array( $key, $boolean, true ) ) {
			$on = in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'on', $key ), true );
			if ( ! $on && ! in_array( strtolower( $value ), array( '0', 'false', 'no', 'off' ), true ) ) {
				/* translators: 1: attribute name, 2: the value written. */
				$problems[] = sprintf( __( '%1$s="%2$s" is neither on nor off: write %1$s alone to switch it on.', 'apt-faq' ), $key, $value );
			} elseif ( $on ) {
				$attributes[ $key ] = true;
			}
			continue;
		}
		switch ( $key ) {
			case 'src':
				$url = esc_url_raw( $value, array( 'http', 'https' ) );
				if ( '' === $url ) {
					/* translators: %s: the value written. */
					$problems[] = sprintf( __( 'src="%s" is not a web address (http or https) of a JSON file.', 'apt-faq' ), $value );
				} else {
					$attributes['src'] = $url;
				}
				break;
			case 'heading-level':
				if ( preg_match( '/^[2-6]$/', $value ) ) {
					$attributes['heading-level'] = $value;
				} else {
					/* translators: %s: the value written. */
					$problems[] = sprintf( __( 'heading-level="%s" must be a number from 2 to 6.', 'apt-faq' ), $value );
				}
				break;
			case 'lang':
				if ( preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $value ) ) {
					$attributes['lang'] = $value;
				} else {
					/* translators: %s: the value written. */
					$problems[] = sprintf( __( 'lang="%s" is not a language code such as en, fr or es.', 'apt-faq' ), $value );
				}
				break;
			case 'anchor-prefix':
				if ( preg_match( '/^[a-zA-Z0-9_.:-]*$/', $value ) ) {
					$attributes['anchor-prefix'] = $value;
				} else {
					/* translators: %s: the value written. */
					$problems[] = sprintf( __( 'anchor-prefix="%s" may hold only letters, digits, "-", "_", "." and ":".', 'apt-faq' ), $value );
				}
				break;
			default:
				/* translators: %s: the attribute name written. */
				$problems[] = sprintf( __( '"%s" is not an attribute of the FAQ.', 'apt-faq' ), $key );
		}
	}
	return array( $attributes, $problems );
}

/**
 * Renders `[apt_faq …]` as `<apt-faq …></apt-faq>` and puts the script on the page.
 *
 * Problems with the attributes are shown, above the FAQ, only to people who can edit the post.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string The element's markup.
 */
function apt_faq_shortcode( $atts ) {
	list( $attributes, $problems ) = apt_faq_read_attributes( $atts );
	apt_faq_enqueue();
	$html = '<apt-faq';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, 'src' === $name ? esc_url( $value ) : esc_attr( $value ) );
	}
	$html .= '></apt-faq>';
	if ( $problems && current_user_can( 'edit_post', get_the_ID() ) ) {
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$notice = sprintf(
			'<div class="apt-faq-notice" role="note"><p>%s</p><ul>%s</ul></div>',
			esc_html__( 'The [apt_faq] shortcode has values the FAQ ignores (only people who can edit this page see this):', 'apt-faq' ),
			$items
		);
		$html = $notice . $html;
	}
	return $html;
}
add_shortcode( 'apt_faq', 'apt_faq_shortcode' );
