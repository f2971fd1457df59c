import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import { buttons, longFaq, regionOf, renderItems, sampleItems, settled } from './test/helpers.js';
import { ITEMS_AT_ONCE } from './controllers/drawn-items.js';
import { DRAWN_AT_ONCE } from './answer.js';

// Only Chromium's launcher can emulate print media here (it needs the DevTools protocol);
// in Firefox and WebKit the print rules are checked in the stylesheet the browser parsed.
const canEmulatePrint = /Chrome|Chromium/.test(navigator.userAgent);

const printRules = (faq: AptFaq) =>
  faq.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);

describe('print', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    if (canEmulatePrint) await emulateMedia({ media: 'screen' });
  });

  it(`shows every answer and hides the controls (${canEmulatePrint ? 'Chromium: emulated print media' : 'Firefox, WebKit: parsed print rules'})`, async () => {
    const faq = await renderItems(sampleItems, { search: true, 'expand-all': true });
    faq.show('first');
    await settled(faq);
    // The print rules only: three items' answers are all drawn at once (the first DRAWN_AT_ONCE
    // are), so drawing at print time is the next test's, with a FAQ long enough to need it.
    window.dispatchEvent(new Event('beforeprint'));
    await settled(faq);
    expect(buttons(faq).map((b) => regionOf(b).textContent.trim() !== '')).to.deep.equal(buttons(faq).map(() => true));
    const controls = ['[part~="toolbar"]', '[part~="icon"]', '[part~="permalink"]'];
    if (!canEmulatePrint) {
      const rules = printRules(faq);
      const hiding = rules.filter((rule) => rule.style.display === 'none');
      for (const selector of controls) {
        expect(hiding.some((rule) => faq.shadowRoot!.querySelector(selector)!.matches(rule.selectorText)), selector).to.be.true;
      }
      const showing = rules.find((rule) => regionOf(buttons(faq)[1]).matches(rule.selectorText));
      expect(showing?.style.display).to.equal('block');
      expect(showing?.style.getPropertyValue('content-visibility')).to.equal('visible');
      return;
    }
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.be.true;
    const heights = buttons(faq).map((b) => regionOf(b).getBoundingClientRect().height);
    expect(heights.every((height) => height > 0), `answer heights ${heights.join(', ')}`).to.be.true;
    const visible = controls.filter((selector) => getComputedStyle(faq.shadowRoot!.querySelector(selector)!).display !== 'none');
    expect(visible).to.deep.equal([]);
  });

  it('draws every item and answer of a long FAQ at once when printing starts, without waiting for the page to be idle', async function () {
    this.timeout(30000); // real work for a busy machine: the outcome is what counts
    const count = ITEMS_AT_ONCE + 10;
    const faq = await renderItems(longFaq(count));
    expect(buttons(faq).length, 'the later slice waits for an idle page').to.be.below(count);
    const closed = buttons(faq)[DRAWN_AT_ONCE + 1];
    expect(regionOf(closed).textContent.trim(), 'an answer after the first DRAWN_AT_ONCE waits for an idle page').to.equal('');
    const aTaskLater = new Promise((resolve) => setTimeout(() => resolve('a task later')));
    window.dispatchEvent(new Event('beforeprint'));
    // Printing lays the page out right after its beforeprint listeners: no task may be needed.
    const first = await Promise.race([settled(faq).then(() => 'drawn'), aTaskLater]);
    expect(first).to.equal('drawn');
    expect(buttons(faq)).to.have.length(count);
    const empty = buttons(faq).filter((b) => regionOf(b).textContent.trim() === '');
    expect(empty.map((b) => b.textContent.trim())).to.deep.equal([]);
  });
});
