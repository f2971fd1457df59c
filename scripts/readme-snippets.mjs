// The code blocks of README.md and of the docs/ pages that hold snippets, so tests can run or
// compile them exactly as a reader copies them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** The pages whose code blocks are tested, README first (its embed snippet is the first found). */
export const DOCUMENTED = ['README.md', 'docs/embedding.md', 'docs/features.md', 'docs/theming.md', 'docs/content.md'];

const documentedText = () => DOCUMENTED.map((page) => readFileSync(fileURLToPath(new URL(`../${page}`, import.meta.url)), 'utf8')).join('\n');

/**
 * Every fenced code block of the documented pages: `{ lang, code, file, line }`, de-indented
 * (blocks inside list items are indented). `file` is the name the block gives itself on its
 * first line (`// Faq.tsx`, `<!-- Faq.vue -->`), else undefined; `line` is where the block
 * starts in the pages put end to end.
 */
export function readmeSnippets(text = documentedText()) {
  const lines = text.split('\n');
  const snippets = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```([\w-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== '```'; j++) body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    const code = `${body.join('\n')}\n`;
    const file = /^(?:\/\/|<!--)\s*([\w.-]+\.\w+)\s*(?:-->)?$/.exec(body[0] ?? '')?.[1];
    snippets.push({ lang, code, file, line: i + 1 });
    i = j;
  }
  return snippets;
}

/** The documented block that names itself `file` (first line `// file` or `<!-- file -->`); throws if none. */
export function readmeFile(file) {
  const snippet = readmeSnippets().find((s) => s.file === file);
  if (!snippet) throw new Error(`${DOCUMENTED.join(', ')}: no code block starting with "// ${file}" or "<!-- ${file} -->"`);
  return snippet.code;
}
