import { expect, fixture, html } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import { holder, idle, longFaq, renderItems, sampleItems, settled, waitFor } from './test/helpers.js';
import { DRAWN_AT_ONCE } from './answer.js';

const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

interface FaqPageData {
  '@context': string;
  '@type': string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}
const parse = (script: HTMLScriptElement) => JSON.parse(script.text) as FaqPageData;
/** The FAQPage in the page's (only) JSON-LD script. */
const faqPage = () => parse(jsonLdScripts()[0]);

describe('structured data', () => {
  it('adds no JSON-LD without the attribute', async () => {
    await renderItems(sampleItems);
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('adds one FAQPage for the shown items, answers as plain text, and removes it on disconnect', async () => {
    const faq = await fixture<AptFaq>(html`<apt-faq structured-data></apt-faq>`, { parentNode: holder() });
    await settled(faq);
    expect(jsonLdScripts()).to.have.length(1);
    const data = faqPage();
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity).to.have.length(6);
    expect(data.mainEntity[5]).to.deep.equal({
      '@type': 'Question',
      name: 'Can my organisation get funding through the APT?',
      acceptedAnswer: {
        '@type': 'Answer',
        text: 'The APT is an international NGO and not a donor. Therefore we are not directly funding other organisations. We can have however develop projects with local partner organisations for which we are raising funds jointly.',
      },
    });
    faq.remove();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('follows the items when they change, and cannot be broken out of', async () => {
    const faq = await renderItems(sampleItems, { 'structured-data': true });
    faq.items = [{ id: 'x', question: 'Does </script><script>window.__aptXss=1</script> close it?', answer: '<p>No <b>it</b> does not.</p>' }];
    await settled(faq);
    const [script] = jsonLdScripts();
    expect(script.text).to.not.include('</script');
    const data = parse(script);
    expect(data.mainEntity).to.deep.equal([
      {
        '@type': 'Question',
        name: 'Does </script><script>window.__aptXss=1</script> close it?',
        acceptedAnswer: { '@type': 'Answer', text: 'No it does not.' },
      },
    ]);
    expect((window as { __aptXss?: number }).__aptXss).to.equal(undefined);
    faq.structuredData = false;
    await settled(faq);
    expect(jsonLdScripts()).to.have.length(0);
  });
});

describe('structured data, regressions', () => {
  it('keeps paragraphs and list items apart in the answer text', async () => {
    await renderItems([{ id: 'a', question: 'Q?', answer: '<p>propaganda.</p><p>This<br>that</p><ul><li>one</li><li>two</li></ul>' }], {
      'structured-data': true,
    });
    const data = faqPage();
    expect(data.mainEntity[0].acceptedAnswer.text).to.equal('propaganda.\nThis\nthat\none\ntwo');
  });

  it('is added again when the FAQ is moved in the page', async () => {
    const faq = await renderItems(sampleItems, { 'structured-data': true });
    expect(jsonLdScripts()).to.have.length(1);
    const elsewhere = holder();
    elsewhere.append(faq);
    await settled(faq);
    expect(jsonLdScripts()).to.have.length(1);
    expect(faqPage().mainEntity).to.have.length(3);
  });

  it('reads hand-written answers, and follows their edits', async () => {
    const faq = await fixture<AptFaq>(
      html`<apt-faq structured-data><apt-faq-item id="a"><h3 slot="question">Hand?</h3><p>Written.</p><p>Twice.</p></apt-faq-item></apt-faq>`,
      { parentNode: holder() },
    );
    await settled(faq);
    expect(faqPage().mainEntity[0]).to.deep.include({ name: 'Hand?' });
    expect(faqPage().mainEntity[0].acceptedAnswer.text).to.equal('Written.\nTwice.');
    faq.querySelector('p')!.textContent = 'Edited.';
    await waitFor(() => faqPage().mainEntity[0].acceptedAnswer.text === 'Edited.\nTwice.');
  });

  const twoParagraphs = (i: number) => `<p>Answer ${i}.</p><p>Its end.</p>`;

  it('reads the answers of a long FAQ when the page is idle, then holds every one of them', async () => {
    const count = DRAWN_AT_ONCE + 200;
    await renderItems(longFaq(count, twoParagraphs), { 'structured-data': true });
    expect(jsonLdScripts(), 'not all read with the questions').to.have.length(0);
    await waitFor(() => jsonLdScripts().length === 1);
    const { mainEntity } = faqPage();
    expect(mainEntity).to.have.length(count);
    expect(mainEntity[count - 1]).to.deep.equal({
      '@type': 'Question',
      name: `Question ${count - 1}?`,
      acceptedAnswer: { '@type': 'Answer', text: `Answer ${count - 1}.\nIts end.` },
    });
  });

  it('gives up reading a long FAQ removed meanwhile, and reads it again when it is back', async () => {
    const faq = await renderItems(longFaq(DRAWN_AT_ONCE + 200, twoParagraphs), { 'structured-data': true });
    faq.remove();
    await idle();
    await idle();
    expect(jsonLdScripts()).to.have.length(0);
    holder().append(faq);
    await waitFor(() => jsonLdScripts().length === 1);
    expect(faqPage().mainEntity).to.have.length(DRAWN_AT_ONCE + 200);
  });

  it('writes only the newest items when they change while a long FAQ is being read', async () => {
    const faq = await renderItems(longFaq(DRAWN_AT_ONCE + 200, twoParagraphs), { 'structured-data': true });
    faq.items = sampleItems;
    await settled(faq);
    await idle();
    await idle();
    expect(jsonLdScripts()).to.have.length(1);
    expect(faqPage().mainEntity.map((entry) => entry.name)).to.deep.equal(sampleItems.map((item) => item.question));
  });
});
