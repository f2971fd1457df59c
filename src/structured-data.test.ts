import { expect, fixture, html } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import { holder, renderItems, sampleItems, settled } from './test/helpers.js';

const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('structured data', () => {
  it('adds no JSON-LD without the attribute', async () => {
    await renderItems(sampleItems);
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('adds one FAQPage for the shown items, answers as plain text, and removes it on disconnect', async () => {
    const faq = await fixture<AptFaq>(html`<apt-faq structured-data></apt-faq>`, { parentNode: holder() });
    await settled(faq);
    expect(jsonLdScripts()).to.have.length(1);
    const data = JSON.parse(jsonLdScripts()[0].text);
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
    const data = JSON.parse(script.text);
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
