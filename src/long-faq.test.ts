/** A FAQ long enough to be drawn in parts: answers after the first 100, items after the first 1,000. */
import { expect, oneEvent } from '@open-wc/testing';
import type { FaqToggleDetail } from './events.js';
import type { AptFaq } from './apt-faq.js';
import { DRAWN_AT_ONCE } from './answer.js';
import { ITEMS_AT_ONCE, ITEMS_PER_SLICE } from './controllers/drawn-items.js';
import {
  answersDrawn,
  button,
  buttons,
  holder,
  idle,
  longFaq,
  regionOf,
  renderItems,
  settled,
  shownText,
} from './test/helpers.js';

describe('<apt-faq> with a long FAQ', () => {
  const drawnAnswers = (faq: AptFaq) => [...faq.shadowRoot!.querySelectorAll('[part~="answer"]')].filter((region) => region.childElementCount > 0);

  it(`shows every question and the first ${DRAWN_AT_ONCE} answers, then draws the other closed answers (hidden, for find in page) once the page is idle`, async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    expect(buttons(faq).map((b) => b.textContent.trim())).to.have.length(300);
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE);
    expect(regionOf(button(faq, `q${DRAWN_AT_ONCE - 1}`)).textContent.trim()).to.equal(`Answer ${DRAWN_AT_ONCE - 1}, in bold.`);
    await answersDrawn(faq);
    expect(drawnAnswers(faq)).to.have.length(300);
    const last = regionOf(button(faq, 'q299'));
    expect(last.textContent.trim()).to.equal('Answer 299, in bold.');
    expect(last.getAttribute('hidden')).to.equal('until-found');
  });

  it('draws an answer at once when it is opened before the page is idle', async () => {
    const faq = await renderItems(longFaq(300));
    faq.show('q150');
    await settled(faq);
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE + 1);
    expect(shownText(regionOf(button(faq, 'q150')))).to.include('Answer 150, in bold.');
  });

  it('stops drawing the answers of an FAQ removed before the page was idle', async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    faq.remove();
    await idle();
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE);
  });

  it('draws the rest of the answers once a removed FAQ is put back in the page', async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    faq.remove();
    await idle();
    holder().append(faq);
    await answersDrawn(faq);
    expect(drawnAnswers(faq)).to.have.length(300);
  });

  const views = (faq: AptFaq) => faq.shadowRoot!.querySelectorAll('[part~="item"]');
  const longer = ITEMS_AT_ONCE + ITEMS_PER_SLICE + 10; // three slices: at once, one full, one short

  it(`draws the first ${ITEMS_AT_ONCE} items with the content and the others in slices once the page is idle; updateComplete waits for them all`, async function () {
    this.timeout(30000); // real work for a busy machine: the outcome is what counts
    const faq = await renderItems(longFaq(longer));
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    const opened = oneEvent(faq, 'apt-faq-open');
    faq.show('q3'); // a drawn item opens, and says so, while the others are still to come
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('q3');
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    await settled(faq);
    expect(buttons(faq)).to.have.length(longer);
    expect(button(faq, `q${longer - 1}`).textContent.trim()).to.equal(`Question ${longer - 1}?`);
    expect(shownText(regionOf(button(faq, 'q3')))).to.include('Answer 3, in bold.');
  });

  it('opens an item of a later slice shown from script before it is drawn', async function () {
    this.timeout(30000);
    const faq = await renderItems(longFaq(longer));
    faq.show(`q${longer - 1}`);
    await settled(faq);
    expect(shownText(regionOf(button(faq, `q${longer - 1}`)))).to.include(`Answer ${longer - 1}, in bold.`);
  });

  it('stops drawing the items of a FAQ removed before they were all drawn, and goes on once it is back', async function () {
    this.timeout(30000);
    const faq = await renderItems(longFaq(longer));
    faq.remove();
    await idle();
    await idle();
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    holder().append(faq);
    await settled(faq);
    expect(buttons(faq)).to.have.length(longer);
  });
});
