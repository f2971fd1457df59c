import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import type { FaqToggleDetail } from './events.js';
import { buttons, renderItems, searchField, settled, typeQuery } from './test/helpers.js';
import { multilingual } from './test/search-items.js';

const toggle = (faq: AptFaq) => faq.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-all"]');

describe('expand all', () => {
  it('opens and closes every answer, its label and aria-expanded following the state', async () => {
    const faq = await renderItems(multilingual, { 'expand-all': true });
    const control = toggle(faq)!;
    expect(control.textContent.trim()).to.equal('Expand all');
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    const opens = new Promise<FaqToggleDetail[]>((resolve) => {
      const seen: FaqToggleDetail[] = [];
      faq.addEventListener('apt-faq-open', (event) => seen.push(event.detail) === 3 && resolve(seen));
    });
    control.click();
    expect((await opens).map((detail) => detail.trigger)).to.deep.equal(['all', 'all', 'all']);
    await settled(faq);
    expect(control.textContent.trim()).to.equal('Collapse all');
    expect(control.getAttribute('aria-expanded')).to.equal('true');
    const closed = oneEvent(faq, 'apt-faq-close');
    control.click();
    expect(((await closed) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('all');
    await settled(faq);
    expect(buttons(faq).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect(control.textContent.trim()).to.equal('Expand all');
  });

  it('reads "Collapse all" once the user has opened every answer one by one', async () => {
    const faq = await renderItems(multilingual, { 'expand-all': true });
    for (const b of buttons(faq)) {
      b.click();
      await oneEvent(faq, 'apt-faq-open');
    }
    await settled(faq);
    expect(toggle(faq)!.textContent.trim()).to.equal('Collapse all');
  });

  it('is not offered under exclusive', async () => {
    const faq = await renderItems(multilingual, { 'expand-all': true, exclusive: true });
    expect(toggle(faq)).to.equal(null);
  });

  it('acts on the questions a search leaves visible', async () => {
    const faq = await renderItems(multilingual, { 'expand-all': true, search: true });
    await typeQuery(faq, 'funding');
    toggle(faq)!.click();
    await oneEvent(faq, 'apt-faq-open');
    await settled(faq);
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('follows the search: "Collapse all" when every question left visible is open', async () => {
    const faq = await renderItems(multilingual, { 'expand-all': true, search: true });
    faq.show('funding');
    await oneEvent(faq, 'apt-faq-open');
    expect(toggle(faq)!.getAttribute('aria-expanded')).to.equal('false');
    await typeQuery(faq, 'donor');
    expect(toggle(faq)!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(faq)!.textContent.trim()).to.equal('Collapse all');
    searchField(faq).focus();
    await sendKeys({ press: 'Escape' });
    await settled(faq);
    expect(toggle(faq)!.textContent.trim()).to.equal('Expand all');
  });
});
