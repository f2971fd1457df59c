import { expect, oneEvent } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import type { FaqLoadDetail } from './events.js';
import { button, buttons, clearHash, holder, regionOf, searchField, setHash, settled, typeQuery, waitFor } from './test/helpers.js';

const SRC = '/api/faq/doc/multilingual';

/** An `<apt-faq src>` of the three-language fixture inside `<div lang=pageLang>`, once its content is shown. */
async function renderMultilingual(pageLang: string, attributes: Record<string, string> = {}): Promise<{ faq: AptFaq; detail: FaqLoadDetail }> {
  const page = holder();
  page.lang = pageLang;
  const faq = document.createElement('apt-faq');
  for (const [name, value] of Object.entries(attributes)) faq.setAttribute(name, value);
  faq.src = SRC;
  const loaded = oneEvent(faq, 'apt-faq-load');
  page.append(faq);
  const { detail } = (await loaded) as CustomEvent<FaqLoadDetail>;
  await settled(faq);
  return { faq, detail };
}

const questions = (faq: AptFaq) => buttons(faq).map((b) => b.textContent.trim());
/** The language a screen reader is told for a node inside the FAQ: its nearest `lang`. */
const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
const questionText = (faq: AptFaq, id: string) => button(faq, id).querySelector('.question')!;

describe('several languages in one document', () => {
  afterEach(clearHash);

  it('shows the translation for the page language, and says which in apt-faq-load', async () => {
    const { faq, detail } = await renderMultilingual('fr');
    expect(questions(faq)).to.deep.equal([
      'Les partenaires peuvent-ils obtenir un financement ?',
      'L’APT visite-t-elle les prisons ?',
      'Comment les partenaires sont-ils choisis ?',
    ]);
    expect(detail).to.deep.equal({ count: 3, skipped: 0, source: 'src', lang: 'fr' });
    expect(langOf(questionText(faq, 'funding'))).to.equal('fr');
    expect(questionText(faq, 'funding').matches(':lang(fr)')).to.equal(true);
  });

  it('takes the primary subtag (fr-CA → fr), from the FAQ’s own lang before the page’s', async () => {
    const { faq, detail } = await renderMultilingual('es', { lang: 'fr-CA' });
    expect(questions(faq)[0]).to.equal('Les partenaires peuvent-ils obtenir un financement ?');
    expect(detail.lang).to.equal('fr');
  });

  it('prefers the main language to a regional translation for a reader of that language (en: the main en, not en-GB)', async () => {
    const { faq, detail } = await renderMultilingual('en');
    expect([questions(faq)[0], detail.lang]).to.deep.equal(['Can partners get funding?', 'en']);
    const british = await renderMultilingual('en-GB');
    expect([questions(british.faq)[0], british.detail.lang]).to.deep.equal(['Can partners get funding? (UK)', 'en-GB']);
  });

  it('shows the main language for a language it has no translation for, or an unusable one', async () => {
    for (const lang of ['de', 'pt']) {
      const { faq, detail } = await renderMultilingual(lang);
      expect(questions(faq)[0]).to.equal('Can partners get funding?');
      expect(detail.lang).to.equal('en');
      expect(questionText(faq, 'funding').matches(':lang(en)')).to.equal(true);
    }
  });

  it('shows an untranslated answer in the main language, marked with its lang, inside the translation', async () => {
    const { faq } = await renderMultilingual('fr');
    button(faq, 'partners').click();
    await settled(faq);
    const region = regionOf(button(faq, 'partners'));
    expect(region.textContent).to.contain('By shared goals.');
    expect(region.querySelector('p')!.matches(':lang(en)')).to.equal(true);
    // The question is translated: it stays French, and the permalink speaks the UI language.
    expect(questionText(faq, 'partners').matches(':lang(fr)')).to.equal(true);
    expect(region.querySelector('[part~="permalink"]')!.matches(':lang(fr)')).to.equal(true);
    // A translated answer is not marked on its own.
    button(faq, 'funding').click();
    await settled(faq);
    expect(regionOf(button(faq, 'funding')).hasAttribute('lang')).to.equal(false);
  });

  it('gives a fallback its own direction: Spanish shown inside Arabic content', async () => {
    const { faq } = await renderMultilingual('ar');
    expect(questionText(faq, 'funding').closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    const fallback = questionText(faq, 'visits').querySelector('[lang]')!;
    expect([fallback.textContent, fallback.getAttribute('lang'), fallback.getAttribute('dir')]).to.deep.equal(['Does the APT visit prisons?', 'en', 'ltr']);
    button(faq, 'visits').click();
    await settled(faq);
    const answer = regionOf(button(faq, 'visits')).querySelector('p')!.closest('[lang]')!;
    expect([answer.getAttribute('lang'), answer.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
  });

  it('switches language when lang changes, keeping the open item and the search', async () => {
    const { faq } = await renderMultilingual('fr', { search: '' });
    button(faq, 'visits').click();
    await settled(faq);
    const frenchReport = oneEvent(faq, 'apt-faq-search'); // once typing pauses
    await typeQuery(faq, 'prisons');
    expect(buttons(faq).filter((b) => b.checkVisibility()).map((b) => b.id)).to.deep.equal(['visits-question']);

    const loaded = oneEvent(faq, 'apt-faq-load');
    const events: string[] = [];
    for (const type of ['apt-faq-open', 'apt-faq-close']) faq.addEventListener(type, () => events.push(type));
    await frenchReport;
    const announcer = faq.shadowRoot!.querySelector('.announcer')!;
    await waitFor(() => announcer.textContent === '1 question sur 3');
    const searched = oneEvent(faq, 'apt-faq-search');
    faq.lang = 'es';
    expect(((await loaded) as CustomEvent<FaqLoadDetail>).detail).to.deep.equal({ count: 3, skipped: 0, source: 'src', lang: 'es' });
    await settled(faq);
    // What was said in French is not left in the live region, now marked Spanish.
    expect(announcer.textContent).to.be.oneOf(['', 'Ninguna pregunta coincide con «prisons».']);
    expect(questionText(faq, 'visits').textContent).to.equal('¿Visita la APT las cárceles?');
    expect(button(faq, 'visits').getAttribute('aria-expanded')).to.equal('true');
    expect(regionOf(button(faq, 'visits')).textContent).to.contain('apoya a los órganos');
    // The query stays, and is searched again in Spanish: "prisons" is not in the Spanish texts,
    // which the FAQ says, in Spanish, and tells the page.
    expect(searchField(faq).value).to.equal('prisons');
    await waitFor(() => buttons(faq).every((b) => !b.checkVisibility()));
    await waitFor(() => announcer.textContent === 'Ninguna pregunta coincide con «prisons».');
    expect(((await searched) as CustomEvent<{ query: string; count: number }>).detail).to.deep.equal({ query: 'prisons', count: 0 });
    faq.lang = 'en';
    await oneEvent(faq, 'apt-faq-load');
    await settled(faq);
    expect(buttons(faq).filter((b) => b.checkVisibility()).map((b) => b.id)).to.deep.equal(['visits-question']);
    // The match is highlighted in the text now shown.
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('apt-faq-match')!;
    await waitFor(() => [...highlight].some((range) => range.toString() === 'prisons' && button(faq, 'visits').contains(range.startContainer)));
    expect(events).to.deep.equal([]);
  });

  it('keeps items as the reader left them: one marked open in the document and closed stays closed', async () => {
    const { faq } = await renderMultilingual('fr');
    faq.show('funding');
    await settled(faq);
    faq.hide('funding');
    faq.show('partners');
    await settled(faq);
    faq.lang = 'es';
    await oneEvent(faq, 'apt-faq-load');
    await settled(faq);
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('does nothing when lang changes to a language that shows the same content', async () => {
    const { faq } = await renderMultilingual('fr');
    let loads = 0;
    faq.addEventListener('apt-faq-load', () => loads++);
    faq.lang = 'fr-CH';
    await settled(faq);
    faq.lang = 'de';
    await oneEvent(faq, 'apt-faq-load');
    faq.lang = 'it';
    await settled(faq);
    expect(loads).to.equal(1);
  });

  it('opens the same item from the same link in every language', async () => {
    await setHash('#faq-visits');
    const opened: string[] = [];
    for (const lang of ['en', 'fr', 'es']) {
      const { faq } = await renderMultilingual(lang, { 'anchor-prefix': 'faq-' });
      await waitFor(() => button(faq, 'visits').getAttribute('aria-expanded') === 'true');
      expect(regionOf(button(faq, 'visits')).querySelector('[part~="permalink"]')!.getAttribute('href')).to.equal('#faq-visits');
      opened.push(questionText(faq, 'visits').textContent);
      faq.remove();
    }
    expect(opened).to.deep.equal(['Does the APT visit prisons?', 'L’APT visite-t-elle les prisons ?', '¿Visita la APT las cárceles?']);
  });

  it('writes the JSON-LD in the shown language, and again after a switch', async () => {
    const { faq } = await renderMultilingual('fr', { 'structured-data': '' });
    const data = () => JSON.parse(document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!.text) as { inLanguage: string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    await waitFor(() => document.head.querySelector('script[type="application/ld+json"]') !== null);
    expect(data().inLanguage).to.equal('fr');
    expect(data().mainEntity[1].name).to.equal('L’APT visite-t-elle les prisons ?');
    expect(data().mainEntity[2].acceptedAnswer.text).to.equal('By shared goals.');
    faq.lang = 'es';
    await waitFor(() => data().inLanguage === 'es');
    expect(data().mainEntity.map((entity) => entity.name)).to.deep.equal(['¿Pueden los socios obtener financiación?', '¿Visita la APT las cárceles?', 'How are partners chosen?']);
  });
});
