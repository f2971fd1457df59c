/** The element's methods and events, and loading the bundle twice. */
import { expect, html, oneEvent } from '@open-wc/testing';
import type { FaqToggleDetail } from './events.js';
import {
  button,
  buttons,
  holder,
  isShown,
  nextEvents,
  regionOf,
  renderFaq,
  renderItems,
  sampleItems,
} from './test/helpers.js';

describe('<apt-faq> events', () => {
  it('fires apt-faq-open and apt-faq-close, bubbling and composed, after the answer shows or hides', async () => {
    const faq = await renderItems(sampleItems);
    let shownWhenFired: boolean | undefined;
    document.addEventListener('apt-faq-open', () => (shownWhenFired = isShown(regionOf(button(faq, 'second')))), { once: true });
    const opened = oneEvent(document, 'apt-faq-open');
    button(faq, 'second').click();
    const open = (await opened) as CustomEvent<FaqToggleDetail>;
    expect(open.bubbles && open.composed).to.be.true;
    expect(open.target).to.equal(faq);
    expect(open.detail).to.deep.equal({ id: 'second', question: 'Second question?', index: 1, trigger: 'user' });
    expect(shownWhenFired).to.be.true;

    const closed = oneEvent(document, 'apt-faq-close');
    faq.hide('second');
    const close = (await closed) as CustomEvent<FaqToggleDetail>;
    expect(close.bubbles && close.composed).to.be.true;
    expect(close.detail).to.deep.equal({ id: 'second', question: 'Second question?', index: 1, trigger: 'api' });
  });

  it('fires nothing when asked for the state an item already has', async () => {
    const faq = await renderItems(sampleItems);
    const fired: string[] = [];
    faq.addEventListener('apt-faq-open', () => fired.push('open'));
    faq.addEventListener('apt-faq-close', () => fired.push('close'));
    expect(faq.hide('first')).to.be.true;
    faq.show('second');
    await oneEvent(faq, 'apt-faq-open');
    faq.show('second');
    faq.hideAll();
    await oneEvent(faq, 'apt-faq-close');
    expect(fired).to.deep.equal(['open', 'close']);
  });
});

describe('<apt-faq> methods', () => {
  it('show, hide and toggle return whether the id exists', async () => {
    const faq = await renderItems(sampleItems);
    expect(faq.show('nope')).to.be.false;
    expect(faq.hide('nope')).to.be.false;
    expect(faq.toggle('nope')).to.be.false;
    expect(faq.toggle('third')).to.be.true;
    await oneEvent(faq, 'apt-faq-open');
    expect(button(faq, 'third').getAttribute('aria-expanded')).to.equal('true');
    expect(faq.toggle('third', true)).to.be.true;
    expect(button(faq, 'third').getAttribute('aria-expanded')).to.equal('true');
    const closed = oneEvent(faq, 'apt-faq-close');
    expect(faq.toggle('third')).to.be.true;
    expect(((await closed) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('api');
    expect(isShown(regionOf(button(faq, 'third')))).to.be.false;
  });

  it('showAll opens every answer and hideAll closes them, one event each', async () => {
    const faq = await renderItems(sampleItems);
    const opens = nextEvents<FaqToggleDetail>(faq, 'apt-faq-open', 3);
    faq.showAll();
    expect((await opens).map((e) => e.detail.id)).to.deep.equal(['first', 'second', 'third']);
    expect(buttons(faq).every((b) => isShown(regionOf(b)))).to.be.true;
    const closes = nextEvents<FaqToggleDetail>(faq, 'apt-faq-close', 3);
    faq.hideAll();
    expect((await closes).map((e) => e.detail.trigger)).to.deep.equal(['api', 'api', 'api']);
    expect(buttons(faq).some((b) => isShown(regionOf(b)))).to.be.false;
  });

  it('act on items right after they are set, before any render', async () => {
    const faq = document.createElement('apt-faq');
    holder().append(faq);
    await faq.updateComplete;
    faq.items = [{ id: 'fresh', question: 'Fresh?', answer: 'Yes.' }];
    const opened = oneEvent(faq, 'apt-faq-open');
    expect(faq.show('fresh')).to.be.true;
    expect(faq.show('victims-of-torture'), 'the bundled content is gone').to.be.false;
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail).to.deep.equal({ id: 'fresh', question: 'Fresh?', index: 0, trigger: 'api' });
    expect(isShown(regionOf(button(faq, 'fresh')))).to.be.true;
  });

  it('fires no open event for an item that new content left out before it was drawn, and the right index for one it kept', async () => {
    const faq = await renderItems(sampleItems);
    const seen: FaqToggleDetail[] = [];
    faq.addEventListener('apt-faq-open', (event) => seen.push(event.detail));
    faq.show('first');
    faq.show('third');
    faq.items = [sampleItems[2]];
    await faq.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).to.deep.equal([{ id: 'third', question: 'Third question?', index: 0, trigger: 'api' }]);
    expect(isShown(regionOf(button(faq, 'third')))).to.be.true;
  });

  it('act on a src document as soon as apt-faq-load fires', async () => {
    const faq = document.createElement('apt-faq');
    faq.src = '/api/faq/doc/valid';
    const loaded = oneEvent(faq, 'apt-faq-load');
    holder().append(faq);
    await loaded;
    expect(faq.show('mandat')).to.be.true;
  });

    it('showAll leaves an exclusive FAQ as it is', async () => {
    const faq = await renderItems(sampleItems, { exclusive: true });
    faq.showAll();
    await faq.updateComplete;
    expect(buttons(faq).some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });
});

describe('<apt-faq> registration', () => {
  it('can be loaded twice on one page without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* a second copy of the module */ `./define.ts?copy=${Date.now()}`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const faq = await renderFaq(html`<apt-faq></apt-faq>`);
    expect(buttons(faq)).to.have.length(6);
  });
});
