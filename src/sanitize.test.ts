import { expect } from '@open-wc/testing';
import { isSafeHref, sanitizeAnswer } from './sanitize.js';

const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'blockquote', 'code']);

/** The answer as it will be on the page, serialised only to compare it. */
function clean(answer: string): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeAnswer(answer));
  return container;
}

/** Every element allowed, every attribute allowed, every link safe. */
function expectInert(container: HTMLElement, input: string): void {
  for (const element of container.querySelectorAll('*')) {
    expect(ALLOWED.has(element.localName), `<${element.localName}> from ${input}`).to.be.true;
    expect(element.namespaceURI).to.equal('http://www.w3.org/1999/xhtml');
    for (const { name, value } of Array.from(element.attributes)) {
      const allowed = element.localName === 'a' && (name === 'href' || (name === 'rel' && value === 'noopener noreferrer'));
      expect(allowed, `${name}="${value}" on <${element.localName}> from ${input}`).to.be.true;
      if (name === 'href') expect(isSafeHref(value), `href ${value}`).to.be.true;
    }
  }
}

const HOSTILE = [
  '<script>window.__aptXss=1</script>',
  '<img src=x onerror="window.__aptXss=1">',
  '<p onclick="window.__aptXss=1">click</p>',
  '<a href="javascript:window.__aptXss=1">js</a>',
  '<a href="JaVaScRiPt:window.__aptXss=1">case</a>',
  '<a href="&#106;avascript:window.__aptXss=1">decimal entity</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__aptXss=1">hex entities</a>',
  '<a href="java&#x09;script:window.__aptXss=1">tab entity</a>',
  '<a href="java\nscript:window.__aptXss=1">newline</a>',
  '<a href="  \u0001javascript:window.__aptXss=1">control chars</a>',
  '<a href="javascript&colon;window.__aptXss=1">named colon</a>',
  '<a href="data:text/html,<script>window.__aptXss=1</script>">data</a>',
  '<a href="DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data base64</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<a href="https://ok.example/" onmouseover="window.__aptXss=1" target="_blank" style="color:red">extra attributes</a>',
  '<svg><script>window.__aptXss=1</script></svg>',
  '<svg onload="window.__aptXss=1"><circle r="1"/></svg>',
  '<svg><a xlink:href="javascript:window.__aptXss=1"><text>svg link</text></a></svg>',
  '<svg><style><img src=x onerror="window.__aptXss=1"></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__aptXss=1">',
  '<math><a href="javascript:window.__aptXss=1">math link</a></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__aptXss=1>">',
  '<title><img src=x onerror="window.__aptXss=1"></title>',
  '<textarea><img src=x onerror="window.__aptXss=1"></textarea>',
  '<style><img src=x onerror="window.__aptXss=1"></style>',
  '<style>@import url(https://evil.example/x.css); body{background:url(javascript:x)}</style>',
  '<template><img src=x onerror="window.__aptXss=1"></template>',
  '<iframe src="javascript:window.__aptXss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__aptXss=1</script>"></iframe>',
  '<object data="javascript:window.__aptXss=1"></object>',
  '<embed src="javascript:window.__aptXss=1">',
  '<form action="javascript:window.__aptXss=1"><button>send</button><input name="q"></form>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__aptXss=1">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<p style="background:url(javascript:window.__aptXss=1)">style url</p>',
  '<p style="background-image:url(https://evil.example/track.png)">tracking pixel</p>',
  '<div id="location">clobber by id</div><img name="cookie">',
  '<form name="body"><input name="attributes"></form>',
  '<a id="__proto__" name="defaultView" href="#x">clobber link</a>',
  '<input autofocus onfocus="window.__aptXss=1">',
  '<details open ontoggle="window.__aptXss=1"><summary>s</summary></details>',
  '<video><source onerror="window.__aptXss=1"></video>',
  '<body onload="window.__aptXss=1">body</body>',
  '<!--<img src=x onerror="window.__aptXss=1">-->comment',
  '<p>x</p><<script>script>window.__aptXss=1<</script>/script>',
  '<select><option><img src=x onerror="window.__aptXss=1"></option></select>',
  '<x-widget onclick="window.__aptXss=1">custom element text</x-widget>',
  '<img srcset="x 1x" onerror="window.__aptXss=1">',
  '<p><strong onmouseover="window.__aptXss=1">nested <em style="x">handlers</em></strong></p>',
  // Unicode spaces that String#trim drops but URL parsing keeps: the link must not become javascript:
  '<a href="&nbsp;javascript:window.__aptXss=1">no-break space</a>',
  '<a href="\ufeffjavascript:window.__aptXss=1">byte order mark</a>',
  '<a href="\u2028javascript:window.__aptXss=1">line separator</a>',
  '<a href="\u3000javascript:window.__aptXss=1">ideographic space</a>',
];

describe('sanitizeAnswer', () => {
  it(`renders every one of ${HOSTILE.length} hostile inputs inert`, async () => {
    expect(HOSTILE.length).to.be.at.least(40);
    const page = document.createElement('div');
    document.body.append(page);
    try {
      for (const input of HOSTILE) {
        const container = clean(input);
        expectInert(container, input);
        page.append(container); // on the live page: anything active would now run
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect((window as { __aptXss?: number }).__aptXss).to.equal(undefined);
      expect(page.querySelectorAll('script, style, img, iframe, object, embed, form, input, svg, math, base, meta, link')).to.have.length(0);
    } finally {
      page.remove();
    }
  });

  it('keeps the text of dropped wrappers and removes that of scripts and styles', () => {
    expect(clean('<x-widget onclick="x()">custom element text</x-widget>').innerHTML).to.equal('custom element text');
    expect(clean('<div><span>kept</span></div><script>gone()</script><style>p{}</style>').innerHTML).to.equal('kept');
    expect(clean('<svg><text>svg text</text></svg>').innerHTML).to.equal('svg text');
  });

  it('never instantiates a customized built-in named by an `is` attribute', () => {
    class TrappedParagraph extends HTMLParagraphElement {}
    const name = `apt-trap-${Math.random().toString(36).slice(2)}`;
    customElements.define(name, TrappedParagraph, { extends: 'p' });
    const container = clean(`<p is="${name}">text</p><a is="${name}" href="https://ok.example/">link</a>`);
    document.body.append(container);
    try {
      expect(container.innerHTML).to.equal('<p>text</p><a href="https://ok.example/" rel="noopener noreferrer">link</a>');
      expect(container.firstElementChild).not.to.be.instanceOf(TrappedParagraph);
    } finally {
      container.remove();
    }
  });

  it('never stores a link other than the one it checked (Unicode spaces around javascript:)', () => {
    for (const space of ['\u00a0', '\ufeff', '\u2028', '\u3000']) {
      const link = clean(`<a href="${space}javascript:alert(1)">x</a>`).querySelector('a')!;
      expect(link.protocol, JSON.stringify(space)).not.to.equal('javascript:');
    }
  });

  it('copes with deeply nested and very wide answers, keeping their content', () => {
    const nested = clean(`${'<span>'.repeat(5)}${'<br>'.repeat(20000)}${'</span>'.repeat(5)}`);
    expect(nested.querySelectorAll('br')).to.have.length(20000);
    expect(nested.querySelector('span')).to.equal(null);
    // Deeper than the limit, elements keep only their text.
    const deep = clean(`${'<span>'.repeat(400)}deep text${'<br>'.repeat(20)}${'</span>'.repeat(400)}`);
    expect(deep.textContent).to.equal('deep text');
    expect(deep.querySelector('*')).to.equal(null);
    const wide = clean(`<span>${'<br>'.repeat(200000)}</span>`);
    expect(wide.childElementCount).to.equal(200000);
  });

  it('keeps only safe links, marking external ones noopener noreferrer', () => {
    expect(clean('<a href="javascript:alert(1)">js</a>').innerHTML).to.equal('<a>js</a>');
    expect(clean('<a href="https://ok.example/" target="_blank" onclick="x()">ok</a>').innerHTML).to.equal(
      '<a href="https://ok.example/" rel="noopener noreferrer">ok</a>',
    );
    expect(clean('<a href="//cdn.example/x">proto-relative</a>').innerHTML).to.equal(
      '<a href="//cdn.example/x" rel="noopener noreferrer">proto-relative</a>',
    );
  });

  // Each resolves, against this page (http://localhost…), to another host without starting
  // with "//" or "http(s)://": the browser's own URL parsing decides, not a pattern.
  const LEAVING_THE_SITE = [
    ['backslash after slash', '/\\example.org/'],
    ['two backslashes', '\\\\example.org/'],
    ['backslash then slash', '\\/example.org/'],
    ['scheme without slashes', 'https:example.org/'],
    ['scheme with one slash', 'https:/example.org/'],
    ['scheme with backslashes', 'https:\\\\example.org/'],
    ['tab inside the scheme', 'ht\ttps://example.org/'],
    ['tab between the slashes', '/\t/example.org/'],
    ['line feed between the slashes', '/\n/example.org/'],
  ];
  for (const [what, href] of LEAVING_THE_SITE) {
    it(`marks a link that leaves the site noopener noreferrer: ${what} (${JSON.stringify(href)})`, () => {
      const link = clean(`<a href="${href}">out</a>`).querySelector('a')!;
      expect(link.hostname, 'the browser resolves it to another host').to.equal('example.org');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });
  }

  it('leaves links within the site without rel, however they are written', () => {
    for (const href of ['/page', 'page.html', '#top', '?q=1', `${location.origin}/here`]) {
      const link = clean(`<a href="${href}">in</a>`).querySelector('a')!;
      expect(link.origin, href).to.equal(location.origin);
      expect(link.hasAttribute('rel'), href).to.equal(false);
    }
  });

  it('lets the allowed markup through exactly', () => {
    const allowed =
      '<p>Text <strong>strong</strong> <b>b</b> <em>em</em> <i>i</i> <code>code</code><br>next line</p>' +
      '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>quoted</p></blockquote>' +
      '<p><a href="mailto:info@apt.ch">mail</a> <a href="tel:+41229192170">phone</a> ' +
      '<a href="/relative/page">relative</a> <a href="#section">fragment</a> <a href="page.html?q=1">query</a></p>';
    expect(clean(allowed).innerHTML).to.equal(allowed);
    expect(clean('<p><a href="https://www.apt.ch/en">APT</a></p>').innerHTML).to.equal(
      '<p><a href="https://www.apt.ch/en" rel="noopener noreferrer">APT</a></p>',
    );
  });

  it('turns plain text with blank lines into paragraphs, never parsing it as HTML', () => {
    expect(clean('First paragraph.\n\nSecond,\non two lines.').innerHTML).to.equal(
      '<p>First paragraph.</p><p>Second,<br>on two lines.</p>',
    );
    expect(clean('1 < 2 and 3 > 2').innerHTML).to.equal('<p>1 &lt; 2 and 3 &gt; 2</p>');
  });
});
