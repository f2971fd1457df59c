import type { Plugin } from 'vite';
export function minifyHtmlTemplates(source: string): string;
export const minifyHtmlTemplatesPlugin: Plugin;
