import { expect, oneEvent } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import type { FaqToggleDetail } from './events.js';
import { button, buttons, collectMessages, isShown, isWebKit, openByClick, regionOf, renderItems, sampleItems } from './test/helpers.js';

const expanded = (faq: AptFaq) => buttons(faq).map((b) => b.getAttribute('aria-expanded'));

describe('find in page', () => {
  it('keeps collapsed answers out of layout with hidden="until-found" (plain hidden where unsupported)', async () => {
    const faq = await renderItems(sampleItems);
    const region = regionOf(button(faq, 'first'));
    expect(region.getAttribute('hidden')).to.equal('until-found');
    expect(region.getBoundingClientRect().height).to.equal(0);
  });

  // WebKitGTK reveals hidden="until-found" text that is in the page at parse time, but its
  // text-fragment search does not reach answers rendered by script: there the answer stays
  // closed and the page keeps working, which is the fallback SPEC promises.
  /** Opens the fixture page with a text-fragment link, as a user's click would, and collects what it reports. */
  const openFixture = (until: (messages: Record<string, unknown>[]) => boolean) =>
    openByClick('/src/test/find-page.html#:~:text=zebrafish%20lighthouse', collectMessages(until));

  it(`text-fragment link: ${isWebKit ? 'WebKit loads the page and leaves the answer closed' : 'opens the revealed answer, 41st of 41, and closes the others under exclusive (Chromium, Firefox)'}`, async () => {
    if (isWebKit) {
      const messages = await openFixture((seen) => seen.some((m) => m.type === 'window-load'));
      expect(messages.filter((m) => m.type !== 'window-load')).to.deep.equal([{ type: 'apt-faq-load', count: 41, skipped: 0, source: 'property', lang: 'en' }]);
      return;
    }
    const messages = await openFixture((seen) => seen.some((m) => m.type === 'apt-faq-close'));
    expect(messages.filter((m) => m.type !== 'window-load')).to.deep.equal([
      { type: 'apt-faq-load', count: 41, skipped: 0, source: 'property', lang: 'en' },
      { type: 'apt-faq-open', id: 'needle', question: 'Where is the needle?', index: 40, trigger: 'find' },
      { type: 'apt-faq-close', id: 'intro', question: 'What is this page?', index: 0, trigger: 'exclusive' },
    ]);
  });

  it('opens an answer when the browser fires beforematch on it, in every engine with beforematch (all three here)', async () => {
    expect('onbeforematch' in document.body).to.be.true;
    const faq = await renderItems([{ ...sampleItems[0], open: true }, sampleItems[1], sampleItems[2]], { exclusive: true });
    const events = Promise.all([oneEvent(faq, 'apt-faq-open'), oneEvent(faq, 'apt-faq-close')]);
    // What the browser's find-in-page does before revealing: fire beforematch, then drop hidden.
    const region = regionOf(button(faq, 'third'));
    region.dispatchEvent(new Event('beforematch', { bubbles: true }));
    region.removeAttribute('hidden');
    const [open, close] = (await events) as CustomEvent<FaqToggleDetail>[];
    expect(open.detail).to.include({ id: 'third', trigger: 'find' });
    expect(close.detail).to.include({ id: 'first', trigger: 'exclusive' });
    expect(expanded(faq)).to.deep.equal(['false', 'false', 'true']);
    expect(isShown(region)).to.be.true;
  });
});
