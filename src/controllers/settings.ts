import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
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
 */
export class FaqSettings {
  readonly #host: SettingsHost;
  readonly #provider: ContextProvider<typeof faqContext>;
  readonly #reveal: FaqContext['reveal'];

  constructor(host: SettingsHost, reveal: FaqContext['reveal']) {
    this.#host = host;
    this.#reveal = reveal;
    this.#provider = new ContextProvider(host, { context: faqContext });
  }

  /** The current settings (also before the first update, e.g. for an early error message). */
  get value(): FaqContext {
    return this.#provider.value ?? this.#compute();
  }

  /** Call from the host's `willUpdate`: shares new settings when an input changed. */
  update(changed: PropertyValues): void {
    if (!this.#provider.value || INPUTS.some((name) => changed.has(name))) this.#provider.setValue(this.#compute());
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
