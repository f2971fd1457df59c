/**
 * Build step of `dist/apt-faq-editor.html`: gives the single file its own Content-Security-Policy
 * `<meta>`, SPEC's strict policy with the inline script allowed by its SHA-256 hash (not by
 * 'unsafe-inline'). Runs after vite-plugin-singlefile has inlined the script. Node only.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy, with `{hashes}` standing for the inline scripts' hash sources. */
export const EDITOR_CSP =
  "default-src 'none'; script-src {hashes}; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html apt-faq";

/** `'sha256-…'` of every inline script's text, exactly as the browser will hash it. */
export function inlineScriptHashes(page: string): string[] {
  return [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([, code]) => code.length > 0)
    .map(([, code]) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
}

/** Adds the policy `<meta>` first in the `<head>` of every HTML file of the bundle. */
export function editorCspPlugin(): Plugin {
  return {
    name: 'apt-faq-editor-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
        if (pages.length === 0) this.error('apt-faq-editor-csp: no HTML page in the bundle');
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const source = String(page.source);
          const hashes = inlineScriptHashes(source);
          if (hashes.length === 0) this.error(`apt-faq-editor-csp: ${page.fileName} has no inline script to allow`);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${EDITOR_CSP.replace('{hashes}', hashes.join(' '))}">`;
          // After the charset (which must come first), before any script.
          const withPolicy = source.replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}\n    ${meta}`);
          if (withPolicy === source) this.error(`apt-faq-editor-csp: ${page.fileName} has no <meta charset="utf-8" /> to put the policy after`);
          page.source = withPolicy;
        }
      },
    },
  };
}
