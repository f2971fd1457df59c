import { expect } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import { buttons, holder, isShown, loadFrame, regionOf, renderItems, sampleItems, settled, waitFor } from './test/helpers.js';

interface ProbedWindow extends Window {
  __violations: string[];
  __errors: string[];
}

/** Loads the strict-CSP fixture page (built bundle, loaded twice) in a frame. */
async function cspPage(): Promise<ProbedWindow> {
  return (await loadFrame('/src/test/csp-page.html')) as ProbedWindow;
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('works with zero violations: two copies of the bundle, search, src, structured data', async () => {
    const page = await cspPage();
    const doc = page.document;
    const bundled = doc.getElementById('bundled') as AptFaq;
    const remote = doc.getElementById('remote') as AptFaq;
    await waitFor(() => buttons(bundled).length === 6 && buttons(remote).length === 2);

    // Search: typing filters and highlights.
    const field = bundled.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    field.value = 'funding';
    field.dispatchEvent(new (page as unknown as typeof globalThis).InputEvent('input', { bubbles: true }));
    await settled(bundled);
    expect(buttons(bundled).filter((b) => b.closest('[part~="item"]')!.checkVisibility())).to.have.length(1);

    // Answers (sanitised through the apt-faq policy) open; expand all works.
    bundled.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-all"]')!.click();
    await waitFor(() => isShown(regionOf(buttons(bundled)[5])));
    remote.show('mandat');
    await waitFor(() => isShown(regionOf(buttons(remote)[0])));

    // Structured data written through the policy.
    const jsonLd = doc.head.querySelectorAll('script[type="application/ld+json"]');
    expect(jsonLd).to.have.length(1);
    expect((JSON.parse(jsonLd[0].textContent) as { mainEntity: unknown[] }).mainEntity).to.have.length(6);

    expect(page.__violations).to.deep.equal([]);
    expect(page.__errors).to.deep.equal([]);

    // The policy really is in force, and the probe really reports: where the engine has Trusted
    // Types (Firefox only since after ESR 140), a raw HTML string is refused; everywhere, code
    // run in the page's own realm is.
    if ('trustedTypes' in page) {
      expect(() => (doc.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
      await waitFor(() => page.__violations.length === 1);
      expect(page.__violations[0]).to.match(/^require-trusted-types-for/);
    } else {
      expect(() => (page as unknown as { eval(code: string): unknown }).eval('1 + 1')).to.throw();
      await waitFor(() => page.__violations.length === 1);
      expect(page.__violations[0]).to.match(/^script-src/);
    }
  });
});

describe('on a hostile page', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = `
      * { box-sizing: content-box; margin: 0; padding: 0; }
      body { text-align: center; text-transform: uppercase; letter-spacing: 4px; white-space: nowrap; }
      button { all: unset; display: none !important; }
      h3 { font-size: 60px; color: red; }
      div { border: 5px dashed red !important; }
      [hidden] { display: block !important; }
      .item, .answer, .icon { display: none !important; }
      a { pointer-events: none; }
    `;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  it('keeps its own layout: page rules for button, h3, div, [hidden] or its class names do not reach it', async () => {
    const faq = await renderItems(sampleItems);
    const [first] = buttons(faq);
    expect(getComputedStyle(first).display).to.equal('flex');
    expect(first.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(first.parentElement!).fontSize).to.not.equal('60px');
    expect(getComputedStyle(first.parentElement!).color).to.not.equal('rgb(255, 0, 0)');
    expect(isShown(regionOf(first)), 'closed answers stay hidden').to.be.false;
    expect(getComputedStyle(faq.shadowRoot!.querySelector('.item')!).borderStyle).to.equal('solid');
  });

  it('resets the inherited text styles that would garble it, while keeping the page’s font and colour', async () => {
    const container = holder();
    container.style.cssText = 'font-family: Georgia, serif; color: rgb(10, 20, 30)';
    const faq = await renderItems(sampleItems);
    container.append(faq);
    const answer = regionOf(buttons(faq)[0]);
    const style = getComputedStyle(answer);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.whiteSpace).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(style.color).to.equal('rgb(10, 20, 30)');
  });

});

describe('its styles', () => {
  it('do not leak into the page: elements with its class names keep the page\'s look', async () => {
    const faq = await renderItems(sampleItems);
    // Inside, these classes are a flex button at least 44 px high and a bordered box.
    expect(getComputedStyle(buttons(faq)[0]).display).to.equal('flex');
    expect(getComputedStyle(faq.shadowRoot!.querySelector('.item')!).borderTopStyle).to.equal('solid');
    const outside = document.createElement('button');
    outside.className = 'button';
    outside.textContent = 'Page button';
    const box = document.createElement('div');
    box.className = 'item answer';
    holder().append(outside, box);
    expect(getComputedStyle(outside).display).to.equal('inline-block');
    expect(getComputedStyle(outside).minBlockSize).not.to.equal('44px');
    expect(getComputedStyle(box).borderTopStyle).to.equal('none');
  });
});

describe('in a host page over time', () => {
  it('leaves no listener behind after 200 mount and unmount cycles', async () => {
    const live = new Map<string, number>();
    const targets = [window, document] as const;
    // The very functions are kept, to be put back as they were; each is called on its own target.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const originals = targets.map((target) => ({ add: target.addEventListener, remove: target.removeEventListener }));
    targets.forEach((target, i) => {
      target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        live.set(`${i}:${type}`, (live.get(`${i}:${type}`) ?? 0) + 1);
        return (originals[i].add as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.addEventListener;
      target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        live.set(`${i}:${type}`, (live.get(`${i}:${type}`) ?? 0) - 1);
        return (originals[i].remove as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.removeEventListener;
    });
    try {
      const container = holder();
      for (let cycle = 0; cycle < 200; cycle++) {
        const faq = document.createElement('apt-faq');
        faq.setAttribute('search', '');
        faq.items = sampleItems;
        container.append(faq);
        await faq.updateComplete;
        faq.remove();
      }
    } finally {
      targets.forEach((target, i) => {
        target.addEventListener = originals[i].add;
        target.removeEventListener = originals[i].remove;
      });
    }
    expect([...live].filter(([, count]) => count !== 0)).to.deep.equal([]);
    expect(live.get('0:hashchange'), 'the hash listener was really added and removed').to.equal(0);
  });
});
