import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { ContextEvent } from '@lit/context';
import { faqContext, type FaqContext } from '../faq-context.js';
import { inheritedLang, resolveStrings, uiLanguage, type FaqStrings } from '../strings.js';

/** The FAQ's settings that its items draw with. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  readonly headingLevel: number | undefined;
  readonly anchorPrefix: string;
  readonly strings: Partial<FaqStrings> | undefined;
}

/** The host's properties (and its language) that the settings are made of. */
const INPUTS = ['headingLevel', 'anchorPrefix', 'lang', 'strings'];

/**
 * The settings the FAQ shares with the items it draws and the ones written in it ({@link FaqContext}, by `@lit/context`):
 * computed again only when one of their inputs changed, so a toggle redraws no other item.
 *
 * It answers `@lit/context`'s requests for {@link faqContext} itself, once each, rather than
 * through `ContextProvider`: the one consumer, `<apt-faq-item>`, reads only `reveal`, a
 * function that never changes, so the provider's subscriptions (0.3 KB brotli of the bundle,
 * measured) would carry nothing. A consumer that needs later values must not rely on this.
 */
export class FaqSettings {
  readonly #host: SettingsHost;
  #value: FaqContext | undefined;
  readonly #reveal: FaqContext['reveal'];

  constructor(host: SettingsHost, reveal: FaqContext['reveal']) {
    this.#host = host;
    this.#reveal = reveal;
    host.addEventListener('context-request', (event) => {
      const request = event as ContextEvent<typeof faqContext>;
      if (request.context !== faqContext) return;
      request.stopPropagation();
      request.callback(this.value);
    });
  }

  /** The current settings (also before the first update, e.g. for an early error message). */
  get value(): FaqContext {
    return (this.#value ??= this.#compute());
  }

  /** Call from the host's `willUpdate`: computes the settings again when an input changed. */
  update(changed: PropertyValues): void {
    if (INPUTS.some((name) => changed.has(name))) this.#value = this.#compute();
  }

  #compute(): FaqContext {
    const host = this.#host;
    const level = Math.round(Number(host.headingLevel));
    const uiLang = uiLanguage(inheritedLang(host));
    return {
      headingLevel: level >= 2 && level <= 6 ? level : undefined,
      anchorPrefix: host.anchorPrefix ?? '',
      strings: resolveStrings(uiLang, host.strings),
      uiLang,
      reveal: this.#reveal,
    };
  }
}
