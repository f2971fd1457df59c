import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import type { FaqErrorDetail } from './events.js';
import { button, holder, regionOf, renderFaq, renderItems, sampleItems, settled, waitFor } from './test/helpers.js';

const ui = (faq: AptFaq) => ({
  search: faq.shadowRoot!.querySelector('.search-label')?.textContent?.trim(),
  toggle: faq.shadowRoot!.querySelector('[part~="expand-all"]')?.textContent?.trim(),
});

/** Renders the FAQ with search, expand-all and one open answer inside an element with `lang`. */
async function renderIn(lang: string | null, own?: string): Promise<AptFaq> {
  const container = holder();
  if (lang !== null) container.lang = lang;
  const faq = await renderItems([{ ...sampleItems[0], open: true }, sampleItems[1]], {
    search: true,
    'expand-all': true,
    ...(own ? { lang: own } : {}),
  });
  container.append(faq);
  await settled(faq);
  return faq;
}
const permalinkText = (faq: AptFaq) => regionOf(button(faq, 'first')).querySelector('[part~="permalink"]')!.textContent.trim();

describe('languages', () => {
  it('speaks English by default', async () => {
    const faq = await renderIn(null);
    expect(ui(faq)).to.deep.equal({ search: 'Search the questions', toggle: 'Expand all' });
    expect(permalinkText(faq)).to.equal('Link to this question');
  });

  it('speaks French and Spanish from the element’s own lang', async () => {
    const fr = await renderIn(null, 'fr');
    expect(ui(fr)).to.deep.equal({ search: 'Rechercher dans les questions', toggle: 'Tout déplier' });
    expect(permalinkText(fr)).to.equal('Lien vers cette question');
    const es = await renderIn(null, 'es');
    expect(ui(es)).to.deep.equal({ search: 'Buscar en las preguntas', toggle: 'Desplegar todo' });
    expect(permalinkText(es)).to.equal('Enlace a esta pregunta');
  });

  it('follows the nearest ancestor’s lang, regional tags falling back to their language and unknown ones to English', async () => {
    expect(ui(await renderIn('es'))).to.include({ toggle: 'Desplegar todo' });
    expect(ui(await renderIn('fr-CH'))).to.include({ toggle: 'Tout déplier' });
    expect(ui(await renderIn('de'))).to.include({ toggle: 'Expand all' });
    expect(ui(await renderIn('es', 'fr'))).to.include({ toggle: 'Tout déplier' });
  });

  it('updates the UI when lang changes at run time', async () => {
    const faq = await renderIn(null, 'en');
    faq.lang = 'es';
    await settled(faq);
    expect(ui(faq)).to.deep.equal({ search: 'Buscar en las preguntas', toggle: 'Desplegar todo' });
    expect(permalinkText(faq)).to.equal('Enlace a esta pregunta');
  });

  it('lets the strings property override any string', async () => {
    const faq = await renderIn(null, 'fr');
    faq.strings = { expandAll: 'Tout ouvrir' };
    await settled(faq);
    expect(ui(faq)).to.deep.equal({ search: 'Rechercher dans les questions', toggle: 'Tout ouvrir' });
  });

  it('announces search results and errors in French and Spanish', async () => {
    const fr = await renderIn(null, 'fr');
    fr.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    await sendKeys({ type: 'second' });
    const announcer = fr.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitFor(() => announcer.textContent === '1 question sur 2');
    await sendKeys({ type: 'xyw' }); // distinct letters: WebKitWebDriver drops repeated keys
    await waitFor(() => announcer.textContent === 'Aucune question ne correspond à «\u00a0secondxyw\u00a0».');

    const container = holder();
    container.lang = 'es';
    const failed = oneEvent(container, 'apt-faq-error');
    await fixture(html`<apt-faq src="/api/faq/status/404"></apt-faq>`, { parentNode: container });
    expect(((await failed) as CustomEvent<FaqErrorDetail>).detail.message).to.equal(
      'No se pudieron cargar las preguntas: no se encontró el archivo (404).',
    );
  });

  it('marks the content with its own language, apart from the UI’s', async () => {
    const container = holder();
    container.lang = 'fr';
    const faq = await fixture<AptFaq>(html`<apt-faq></apt-faq>`, { parentNode: container });
    await settled(faq);
    expect(button(faq, 'funding').closest('[lang]')!.getAttribute('lang')).to.equal('en');
    const fromFrench = await renderFaq(html`<apt-faq lang="es" src="/api/faq/doc/valid"></apt-faq>`);
    expect(button(fromFrench, 'mandat').closest('[lang]')!.getAttribute('lang')).to.equal('fr');
  });
});

describe('right-to-left', () => {
  it('puts the icon at the inline end and the text at the start under dir="rtl"', async () => {
    const container = holder();
    container.dir = 'rtl';
    const faq = await fixture<AptFaq>(html`<apt-faq .items=${sampleItems}></apt-faq>`, { parentNode: container });
    await settled(faq);
    const b = button(faq, 'first');
    const question = b.querySelector('.question')!.getBoundingClientRect();
    const icon = b.querySelector('[part~="icon"]')!.getBoundingClientRect();
    const box = b.getBoundingClientRect();
    expect(icon.right).to.be.lessThan(question.left);
    expect(box.right - question.right, 'text starts at the right edge').to.be.lessThan(box.width / 4);
    expect(getComputedStyle(b).direction).to.equal('rtl');
  });
});

describe('language of parts', () => {
  it('marks content with its own language and direction, UI parts with the UI language, and nothing lang=""', async () => {
    const page = holder();
    page.setAttribute('lang', 'fr');
    page.setAttribute('dir', 'rtl');
    const loaded = oneEvent(page, 'apt-faq-load');
    const faq = await fixture<AptFaq>(html`<apt-faq expand-all></apt-faq>`, { parentNode: page });
    await loaded;
    faq.show('victims-of-torture');
    await settled(faq);
    const items = faq.shadowRoot!.querySelector('.items')!;
    expect(items.getAttribute('lang')).to.equal('en');
    expect(items.getAttribute('dir'), 'English content keeps its punctuation on a right-to-left page').to.equal('ltr');
    const permalink = faq.shadowRoot!.querySelector('[part~="permalink"]')!;
    expect(permalink.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(permalink.textContent).to.equal('Lien vers cette question');
    expect(faq.shadowRoot!.querySelector('[part~="toolbar"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(faq.shadowRoot!.querySelectorAll('[lang=""]')).to.have.length(0);
  });

  it('marks script-set and hand-written content with the page\'s language, explicitly (Firefox does not carry it into a shadow root)', async () => {
    const page = holder();
    page.setAttribute('lang', 'es');
    const fromScript = document.createElement('apt-faq');
    fromScript.items = sampleItems;
    const loaded = oneEvent(fromScript, 'apt-faq-load');
    page.append(fromScript);
    await loaded;
    await settled(fromScript);
    expect(regionOf(button(fromScript, 'first')).closest('[lang]')?.getAttribute('lang')).to.equal('es');
    expect(fromScript.shadowRoot!.querySelectorAll('[lang=""]')).to.have.length(0);
    // In the page itself (fixture() would move its parentNode to the end of <body>, out of the page's lang).
    const handLoaded = oneEvent(page, 'apt-faq-load');
    page.insertAdjacentHTML('beforeend', '<apt-faq><apt-faq-item id="a" question="¿Uno?">1</apt-faq-item></apt-faq>');
    await handLoaded;
    const handWritten = page.querySelector<AptFaq>('apt-faq:last-of-type')!;
    await settled(handWritten);
    expect(button(handWritten, 'a').closest('[lang]')?.getAttribute('lang')).to.equal('es');
  });
});
