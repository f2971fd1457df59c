<?php
/**
 * FAQ JSON files in the Media Library, so that the editor's JSON can be used with `src`.
 *
 * Only `.json` is added, only for users who may upload, and only files that are FAQ documents
 * (an object with a non-empty `items` list of questions) are accepted.
 *
 * @package AptFaq
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds `.json` to the file types the Media Library accepts.
 *
 * @param array $mimes Extension patterns and their media types.
 * @return array
 */
function apt_faq_upload_mimes( $mimes ) {
	if ( current_user_can( 'upload_files' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'apt_faq_upload_mimes' );

/**
 * Whether a file is an FAQ document: JSON with a non-empty `items` list, each with a question.
 *
 * @param string $path The uploaded file.
 * @return bool
 */
function apt_faq_is_faq_document( $path ) {
	$text = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
	if ( false === $text ) {
		return false;
	}
	$document = json_decode( $text, true );
	if ( ! is_array( $document ) || empty( $document['items'] ) || ! is_array( $document['items'] ) ) {
		return false;
	}
	foreach ( $document['items'] as $item ) {
		if ( ! is_array( $item ) || ! isset( $item['question'] ) || ! is_string( $item['question'] ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether an upload's name ends in `.json`.
 *
 * @param string $name The file name.
 * @return bool
 */
function apt_faq_is_json_name( $name ) {
	return 'json' === strtolower( pathinfo( (string) $name, PATHINFO_EXTENSION ) );
}

/**
 * Refuses a `.json` upload that is not an FAQ document, with a message that says so.
 *
 * @param array $file The upload: `name`, `tmp_name`, `error` and the rest.
 * @return array
 */
function apt_faq_check_json_upload( $file ) {
	if ( empty( $file['error'] ) && isset( $file['name'], $file['tmp_name'] ) && apt_faq_is_json_name( $file['name'] ) && ! apt_faq_is_faq_document( $file['tmp_name'] ) ) {
		$file['error'] = __( 'This JSON file is not an FAQ document: it needs an "items" list of questions and answers. Save it again from the FAQ editor.', 'apt-faq' );
	}
	return $file;
}
add_filter( 'wp_handle_upload_prefilter', 'apt_faq_check_json_upload' );
add_filter( 'wp_handle_sideload_prefilter', 'apt_faq_check_json_upload' );

/**
 * Confirms the type of an FAQ JSON file where the server's file-type sniffing (an older
 * libmagic) reads JSON as plain text, which WordPress would refuse for a `.json` name.
 *
 * @param array  $data The `ext`, `type` and `proper_filename` WordPress found.
 * @param string $path The uploaded file.
 * @param string $name Its name.
 * @return array
 */
function apt_faq_json_file_type( $data, $path, $name ) {
	if ( current_user_can( 'upload_files' ) && apt_faq_is_json_name( $name ) && apt_faq_is_faq_document( $path ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'apt_faq_json_file_type', 10, 3 );
