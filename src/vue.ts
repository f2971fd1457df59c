/**
 * `import 'apt-faq/vue'`: the same module as `apt-faq/define` (it registers both elements),
 * plus their types for Vue 3 templates (`GlobalComponents`), so that `vue-tsc` checks
 * properties and types `@apt-faq-open="(event) => event.detail.id"`. Vue must still be told
 * that the tags are custom elements: `compilerOptions.isCustomElement` (see the README).
 *
 * @example
 * import 'apt-faq/vue';
 * // <apt-faq :items="items" @apt-faq-open="(event) => console.log(event.detail.id)" />
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { FaqEventMap } from './events.js';
import type { AptFaqAttributes, AptFaqItemProperties, AptFaqProperties } from './framework-types.js';

export * from './define.js';

/** `apt-faq-open` → `AptFaqOpen`: the name Vue gives the `@apt-faq-open` listener's prop (`onAptFaqOpen`). */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** `@apt-faq-open` and the others, typed with their `detail`. */
export type AptFaqVueEvents = { [Name in keyof FaqEventMap as `on${PascalCase<Name>}`]?: (event: FaqEventMap[Name]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'apt-faq': DefineComponent<HTMLAttributes & AptFaqProperties & AptFaqAttributes & AptFaqVueEvents>;
    'apt-faq-item': DefineComponent<HTMLAttributes & AptFaqItemProperties>;
  }
}
