// The one definition of "size" for the bundle: brotli at quality 11, what a CDN serves.
// Used by the build's size report (CI ceiling) and by bench/ (the comparison with peers).
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli size of `buffer` at quality 11, in bytes. */
export const brotliSize = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
