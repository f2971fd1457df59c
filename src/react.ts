/**
 * `import 'apt-faq/react'`: the same module as `apt-faq/define` (it registers both elements),
 * plus their types for React 19's JSX: properties, attributes and the events as React 19 passes
 * them to custom elements, `onapt-faq-open={(event) => event.detail.id}`.
 *
 * @example
 * import 'apt-faq/react';
 * export const Faq = () => <apt-faq search onapt-faq-open={(event) => console.log(event.detail.id)} />;
 */
import type * as React from 'react';
import type { AptFaq } from './apt-faq.js';
import type { AptFaqItem } from './apt-faq-item.js';
import type { FaqEventMap } from './events.js';
import type { AptFaqAttributes, AptFaqItemProperties, AptFaqProperties } from './framework-types.js';

export * from './define.js';

/** `onapt-faq-open` and the others: React 19 adds a listener for the event named after `on`. */
export type AptFaqReactEvents = { [Name in keyof FaqEventMap as `on${Name}`]?: (event: FaqEventMap[Name]) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'apt-faq': React.DetailedHTMLProps<React.HTMLAttributes<AptFaq>, AptFaq> & AptFaqProperties & AptFaqAttributes & AptFaqReactEvents;
      'apt-faq-item': React.DetailedHTMLProps<React.HTMLAttributes<AptFaqItem>, AptFaqItem> & AptFaqItemProperties;
    }
  }
}
