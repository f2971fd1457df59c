// Custom Elements Manifest: generated from the JSDoc of the two elements at build time.
// `npx cem analyze --config scripts/cem.config.mjs`
export default {
  globs: ['src/apt-faq.ts', 'src/apt-faq-item.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'apt-faq-public-api-only',
      // Internal reactive state is declared in `static properties` with `state: true`; it is
      // not an attribute. And `emit(type, …)` is a helper, not an event called "type".
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const privateFields = new Set(
              (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
            );
            declaration.attributes = declaration.attributes?.filter((attribute) => !privateFields.has(attribute.fieldName ?? attribute.name));
            declaration.events = declaration.events?.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
