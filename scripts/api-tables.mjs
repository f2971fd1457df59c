// The README's API tables (attributes and properties, methods, events of each element), made
// from the Custom Elements Manifest (`dist/custom-elements.json`, written by the build from the
// classes' JSDoc). Pure: no file access, so the browser test can run it too.

/** The comments around the generated part of the README. */
export const START = '<!-- api-tables: generated from dist/custom-elements.json by `npm run readme:tables`; do not edit by hand -->';
export const END = '<!-- /api-tables -->';

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '—');
const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && member.description;

/** The Markdown tables of every element the manifest declares (documented members only). */
export function apiTables(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const out = [];
  for (const element of elements) {
    const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
    const attributes = element.attributes ?? [];
    const rows = fields.map((field) => {
      const attribute = attributes.find((candidate) => candidate.fieldName === field.name);
      return `| ${code(attribute?.name)} | \`${field.name}\` | ${code(field.type?.text)} | ${code(field.default)} | ${cell(field.description)} |`;
    });
    out.push(`### \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), '');
    if (rows.length) out.push('| attribute | property | type | default | meaning |', '|---|---|---|---|---|', ...rows, '');
    const methods = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
    if (methods.length) {
      out.push('| method | does |', '|---|---|');
      for (const method of methods) {
        const params = (method.parameters ?? []).map((param) => `${param.name}${param.optional ? '?' : ''}`).join(', ');
        out.push(`| \`${method.name}(${params})\` | ${cell(method.description)} |`);
      }
      out.push('');
    }
    const events = (element.events ?? []).filter((event) => event.description);
    if (events.length) {
      out.push('| event | when |', '|---|---|', ...events.map((event) => `| \`${event.name}\` | ${cell(event.description)} |`), '');
    }
  }
  return `${START}\n\n${out.join("\n")}\n${END}`;
}

/** `readme` with its generated part replaced by the tables of `manifest`. */
export function withApiTables(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${START}" … "${END}" part`);
  return readme.slice(0, start) + apiTables(manifest) + readme.slice(end + END.length);
}
