/* global fetch, URLSearchParams, FormData, Blob, Buffer -- Node 20 globals */
/* global document, window, customElements, getComputedStyle -- in page.evaluate() callbacks, run by the browser */
// The WordPress plugin on a real WordPress (Debian's package, set up on 127.0.0.1:8025 by
// scripts/wordpress-site.sh): installed through WordPress's own "Upload Plugin" form, then an
// Administrator, an Editor and an Author each publish the FAQ four ways — (i) `[apt_faq]`,
// (ii) `[apt_faq src=…]` with a JSON file they uploaded to the Media Library, (iii) the editor's
// HTML in a Custom HTML block, (iv) the same HTML as classic content — and every page is read in
// Chromium and Firefox; a Contributor's submission for review keeps the HTML too.
// `npm run test:wordpress` (root; not in .ci/run: installing WordPress
// takes minutes).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './find-browsers.mjs';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';

const SITE = `http://127.0.0.1:${process.env.APT_FAQ_WP_PORT ?? 8025}`;
const LOGS = ['/var/lib/apt-faq-wordpress-test/debug.log', '/var/lib/apt-faq-wordpress-test/error.log'];
/** The editor's "HTML to paste" for the bundled FAQ, as `apt-faq render` prints it. */
const MARKUP = execFileSync('node', ['dist/cli.js', 'render'], { encoding: 'utf8' }).trim();
const BUNDLED = { count: 6, first: 'What is the APT doing for victims of torture?', link: 'funding', linked: 'Can my organisation get funding through the APT?' };
/** A partner's own FAQ, as the editor saves it, for the `src` route. */
const PARTNER_FAQ = {
  lang: 'en',
  title: 'Partner FAQ',
  items: [
    { id: 'visits', question: 'Who may visit places of detention?', answer: '<p>Independent monitors, by law.</p>' },
    { id: 'reports', question: 'Are visit reports published?', answer: '<p>Yes, with the authorities’ reply.</p>' },
  ],
};
const FROM_JSON = { count: 2, first: 'Who may visit places of detention?', link: 'reports', linked: 'Are visit reports published?' };

/** A browser-like visitor of the site: keeps cookies, follows redirects, sends WordPress's nonces. */
class Visitor {
  cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  restNonce = '';

  async fetch(path, { method = 'GET', body, headers = {} } = {}) {
    let url = new URL(path, SITE);
    for (let hops = 0; hops < 10; hops += 1) {
      const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(url, { method, body, headers: { ...headers, cookie }, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      if (![301, 302, 303].includes(response.status)) return response;
      url = new URL(response.headers.get('location'), url);
      method = 'GET';
      body = undefined;
    }
    throw new Error(`too many redirects from ${path}`);
  }

  async page(path, init) {
    const response = await this.fetch(path, init);
    const text = await response.text();
    assert.equal(response.status, 200, `${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return text;
  }

  async logIn(user, password) {
    const form = new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', redirect_to: `${SITE}/wp-admin/`, testcookie: '1' });
    await this.page('/wp-login.php', { method: 'POST', body: form });
    assert.ok([...this.cookies.keys()].some((name) => name.startsWith('wordpress_logged_in_')), `${user} is logged in`);
    this.restNonce = (await this.page('/wp-admin/admin-ajax.php?action=rest-nonce')).trim();
  }

  /** A REST call as this user (cookie + nonce, as the block editor makes them). */
  async rest(route, { method = 'GET', json, body, headers = {} } = {}) {
    const [path, query = ''] = route.split('?');
    const response = await this.fetch(`/?${new URLSearchParams({ rest_route: path })}&${query}`, {
      method,
      body: json ? JSON.stringify(json) : body,
      headers: { 'X-WP-Nonce': this.restNonce, ...(json ? { 'Content-Type': 'application/json' } : {}), ...headers },
    });
    return { status: response.status, body: await response.json() };
  }

  /** Publishes a post (`pending`: submits it for review, as a Contributor can). */
  async publish(title, content, state = 'publish') {
    const { status, body } = await this.rest('/wp/v2/posts', { method: 'POST', json: { title, content, status: state } });
    assert.equal(status, 201, `publishing "${title}": ${JSON.stringify(body)}`);
    const saved = await this.rest(`/wp/v2/posts/${body.id}?context=edit`);
    return { id: body.id, link: body.link, raw: saved.body.content.raw };
  }

  async upload(name, text) {
    return this.rest('/wp/v2/media', {
      method: 'POST',
      body: text,
      headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="${name}"` },
    });
  }
}

/** The value of a form field in an admin page. */
const field = (html, name) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1];
const decode = (href) => href.replaceAll('&amp;', '&');

const password = () => randomBytes(12).toString('base64url');
const users = { administrator: { name: 'site-admin', password: password() }, editor: { name: 'site-editor', password: password() }, author: { name: 'site-author', password: password() } };
const contributor = { name: 'site-contributor', password: password() };
const admin = new Visitor();
/** Every published page: { user, route, link, expect, handWritten }. */
const pages = [];
/** What a Contributor submitted for review: { route, content, raw }. */
const submitted = [];

before(async () => {
  const zip = await buildWordPressPlugin({});
  // WordPress's own install form: the site and its Administrator.
  const install = await new Visitor().page('/wp-admin/install.php?step=2', {
    method: 'POST',
    body: new URLSearchParams({
      weblog_title: 'apt-faq test site',
      user_name: users.administrator.name,
      admin_password: users.administrator.password,
      admin_password2: users.administrator.password,
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    }),
  });
  assert.match(install, /Success!/);
  // Only the plugin's traces count: what core logged while installing itself is not ours.
  for (const log of LOGS) execFileSync('truncate', ['-s', '0', log]);
  await admin.logIn(users.administrator.name, users.administrator.password);

  // Plugins → Add New → Upload Plugin: the real form, with its nonce.
  const uploadForm = await admin.page('/wp-admin/plugin-install.php?tab=upload');
  const form = new FormData();
  form.set('_wpnonce', field(uploadForm, '_wpnonce'));
  form.set('_wp_http_referer', field(uploadForm, '_wp_http_referer'));
  form.set('pluginzip', new Blob([readFileSync(zip)], { type: 'application/zip' }), 'apt-faq-wordpress.zip');
  form.set('install-plugin-submit', 'Install Now');
  const installed = await admin.page('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body: form });
  assert.match(installed, /Plugin installed successfully/);
  const activate = installed.match(/href="([^"]*action=activate[^"]*)"/)?.[1];
  assert.ok(activate, 'the upload page offers to activate the plugin');
  assert.match(await admin.page(`/wp-admin/${decode(activate)}`), /Plugin activated/);

  for (const [role, { name, password: secret }] of [...Object.entries(users).slice(1), ['contributor', contributor]]) {
    const { status, body } = await admin.rest('/wp/v2/users', {
      method: 'POST',
      json: { username: name, password: secret, email: `${role}@example.org`, roles: [role] },
    });
    assert.equal(status, 201, JSON.stringify(body));
  }

  // A Contributor cannot publish (nor upload): what they submit for review must keep the HTML too.
  const reviewed = new Visitor();
  await reviewed.logIn(contributor.name, contributor.password);
  for (const [route, content] of [
    ['(iii) HTML in a Custom HTML block', `<!-- wp:html -->\n${MARKUP}\n<!-- /wp:html -->`],
    ['(iv) HTML as classic content', MARKUP],
  ]) {
    const post = await reviewed.publish(`${route} by the contributor`, content, 'pending');
    submitted.push({ route, content, raw: post.raw });
  }

  for (const [role, { name, password: secret }] of Object.entries(users)) {
    const user = role === 'administrator' ? admin : new Visitor();
    if (user !== admin) await user.logIn(name, secret);
    const upload = await user.upload(`partner-faq-${role}.json`, JSON.stringify(PARTNER_FAQ));
    assert.equal(upload.status, 201, `${role} uploads an FAQ JSON file: ${JSON.stringify(upload.body)}`);
    assert.equal(upload.body.mime_type, 'application/json');
    const routes = [
      ['(i) [apt_faq]', '[apt_faq]', BUNDLED, false],
      ['(ii) [apt_faq src=…]', `[apt_faq src="${upload.body.source_url}"]`, FROM_JSON, false],
      ['(iii) HTML in a Custom HTML block', `<!-- wp:html -->\n${MARKUP}\n<!-- /wp:html -->`, BUNDLED, true],
      ['(iv) HTML as classic content', MARKUP, BUNDLED, true],
    ];
    for (const [route, content, expect, handWritten] of routes) {
      const post = await user.publish(`${route} by the ${role}`, content);
      pages.push({ role, route, content, raw: post.raw, link: post.link, expect, handWritten, user });
    }
  }
});

describe('the plugin in WordPress', () => {
  test('keeps the hand-written HTML as written for every role, in a block and in classic content', () => {
    for (const page of pages.filter((each) => each.handWritten)) {
      assert.equal(page.raw, page.content, `${page.route} by the ${page.role} is saved as written`);
    }
    assert.equal(submitted.length, 2);
    for (const post of submitted) assert.equal(post.raw, post.content, `${post.route} submitted by the contributor is saved as written`);
  });

  test("keeps every attribute of the elements for an Author: the element's, the short form's, open, slot on h2-h6", async () => {
    const author = pages.find((page) => page.role === 'author').user;
    const levels = ['h2', 'h3', 'h4', 'h5', 'h6'].map((h, index) => `<apt-faq-item id="l${index}"><${h} slot="question">Level ${h}?</${h}><p>Yes.</p></apt-faq-item>`);
    const content = [
      '<apt-faq exclusive search expand-all heading-level="2" anchor-prefix="faq-" sync-url structured-data lang="fr" dir="ltr" class="faq">',
      '<apt-faq-item id="short" question="The short form?" open lang="en"><p>Kept.</p></apt-faq-item>',
      ...levels,
      '</apt-faq>',
      '<apt-faq src="https://example.org/faq.json"></apt-faq>',
    ].join('\n');
    const { raw } = await author.publish('Every attribute', content);
    assert.equal(raw, content);
  });

  test('prints the hand-written HTML as written: no paragraph or line break added, in a block or in classic content', async () => {
    for (const page of pages.filter((each) => each.handWritten)) {
      const html = await new Visitor().page(page.link);
      assert.ok(html.includes(MARKUP), `${page.route} by the ${page.role}: ${html.match(/<apt-faq[^]{0,300}/)?.[0]}`);
    }
  });

  test('a long FAQ (2,000 items, over 1 MB) in classic content is printed as written too', async () => {
    const author = pages.find((page) => page.role === 'author').user;
    const file = join(mkdtempSync(join(tmpdir(), 'apt-faq-wp-')), 'long.json');
    const items = Array.from({ length: 2000 }, (_, index) => ({ id: `q${index + 1}`, question: `Question ${index + 1}?`, answer: `<p>${'Answer text. '.repeat(40)}</p>` }));
    writeFileSync(file, JSON.stringify({ lang: 'en', items }));
    const markup = execFileSync('node', ['dist/cli.js', 'render', file], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim();
    assert.ok(markup.length > 1_000_000);
    const post = await author.publish('A long FAQ', markup);
    const html = await new Visitor().page(post.link);
    assert.ok(html.includes(markup), 'the whole FAQ, as written');
  });

  test("the installed plugin's French and Spanish catalogues load in WordPress's own .mo reader, complete", () => {
    const languages = '/var/lib/apt-faq-wordpress-test/wp-content/plugins/apt-faq/languages';
    const template = readFileSync(join(languages, 'apt-faq.pot'), 'utf8');
    const strings = (template.match(/^msgid "/gm) ?? []).length - 1; // the header is an msgid too
    for (const [locale, expected] of [
      ['fr_FR', 'heading-level="%s" doit être un nombre de 2 à 6.'],
      ['es_ES', 'heading-level="%s" debe ser un número del 2 al 6.'],
    ]) {
      const read = execFileSync(
        'php',
        [
          '-r',
          `require '/usr/share/wordpress/wp-includes/pomo/mo.php'; $mo = new MO(); $mo->import_from_file($argv[1]);
           echo count($mo->entries), "\n", $mo->translate('heading-level="%s" must be a number from 2 to 6.');`,
          join(languages, `apt-faq-${locale}.mo`),
        ],
        { encoding: 'utf8' },
      );
      assert.equal(read, `${strings}\n${expected}`, locale);
    }
  });

  test('the Media Library refuses a JSON file that is not an FAQ, and says why', async () => {
    const author = pages.find((page) => page.role === 'author').user;
    const { status, body } = await author.upload('settings.json', JSON.stringify({ colour: 'red' }));
    assert.notEqual(status, 201);
    assert.match(body.message, /not an FAQ document/);
  });

  test('puts the script on a page once, deferred, and only on pages with an FAQ', async () => {
    for (const page of pages) {
      const html = await new Visitor().page(page.link);
      const tags = html.match(/<script[^>]*apt-faq\/apt-faq\.js[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, `${page.route} by the ${page.role}: ${tags.join(' ')}`);
      assert.match(tags[0], / defer[ >]/);
    }
    const plain = await admin.publish('A post without an FAQ', '<p>Nothing to see.</p>');
    assert.doesNotMatch(await new Visitor().page(plain.link), /apt-faq\.js/);
  });

  test('shortcode values the FAQ ignores are named to people who can edit, never to visitors', async () => {
    const author = pages.find((page) => page.role === 'author').user;
    const post = await author.publish('A shortcode with a typo', '[apt_faq heading-level="9" colour="red" search]');
    const visitorView = await new Visitor().page(post.link);
    assert.match(visitorView, /<apt-faq search><\/apt-faq>/);
    assert.doesNotMatch(visitorView, /apt-faq-notice/);
    const authorView = await author.page(post.link);
    assert.match(authorView, /heading-level=(&quot;|")9(&quot;|") must be a number from 2 to 6/);
    assert.match(authorView, /(&quot;|")colour(&quot;|") is not an attribute of the FAQ/);
    for (const page of pages.filter((each) => each.role === 'author' && !each.handWritten)) {
      assert.doesNotMatch(await author.page(page.link), /apt-faq-notice/, `${page.route}: nothing to report to its author`);
    }
  });
});

/** Resolves once `condition(arg)` holds in the page (asked from here: no in-page poller). */
async function until(tab, condition, arg, timeout = 30000) {
  const end = Date.now() + timeout;
  while (!(await tab.evaluate(condition, arg))) {
    if (Date.now() > end) throw new Error(`not true within ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const questionsShown = () => [...(document.querySelector('apt-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]') ?? [])].map((button) => button.textContent.trim());
/** The label of the focused element, looking into shadow roots, and whether it is expanded. */
const focused = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? `${active.localName} ${active.getAttribute('aria-expanded')}: ${active.textContent.trim()}` : 'nothing';
};

/** Opens `url` in a new tab; returns the tab and the console errors and page errors it logs. */
async function open(browser, url, { javaScript = true, engine = 'chromium' } = {}) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${message.location()?.url ?? ''})`));
  tab.on('pageerror', (error) => errors.push(String(error)));
  // Firefox's WebDriver BiDi cannot switch scripts off in a tab: its browser is launched without them.
  if (!javaScript && engine !== 'firefox') await tab.setJavaScriptEnabled(false);
  await tab.evaluateOnNewDocument(() => {
    window.faqErrors = [];
    document.addEventListener('apt-faq-error', (event) => window.faqErrors.push(event.detail));
  });
  await tab.goto(url, { waitUntil: 'load' });
  return { tab, errors };
}

/**
 * The guide's picture (APT_FAQ_WP_SCREENSHOT=docs/wordpress-shortcode.png): the Author's
 * `[apt_faq]` in a Shortcode block of the block editor, beside the published page with a question open.
 */
async function screenshot(browser, path) {
  const author = pages.find((page) => page.role === 'author' && page.route.startsWith('(i)'));
  const post = await author.user.publish('Our questions', '<!-- wp:shortcode -->\n[apt_faq search]\n<!-- /wp:shortcode -->');
  const width = 900;
  /** A picture of the part of `url` from the top of `from` to the bottom of `to`, seen by `visitor`. */
  const take = async (url, from, to, visitor) => {
    const context = await browser.createBrowserContext();
    try {
      const tab = await context.newPage();
      await tab.setViewport({ width, height: 900 });
      await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      if (visitor) await context.setCookie(...[...visitor.cookies].map(([name, value]) => ({ name, value, domain: '127.0.0.1', path: '/' })));
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForSelector(to);
      await tab.keyboard.press('Escape'); // the block editor's welcome guide, on a first visit
      await until(tab, () => !document.querySelector('.edit-post-welcome-guide'));
      // The block editor's settings sidebar, open by default, is not what the picture is about.
      await tab.evaluate(() => document.querySelector('button[aria-label="Settings"][aria-expanded="true"]')?.click());
      await tab.evaluate(() => document.querySelector('apt-faq')?.show('funding'));
      const top = Math.max(0, Math.round(await tab.$eval(from, (element) => element.getBoundingClientRect().top + window.scrollY)) - 24);
      const bottom = Math.round(await tab.$eval(to, (element) => element.getBoundingClientRect().bottom + window.scrollY)) + 24;
      const height = Math.min(bottom - top, 560);
      return { image: await tab.screenshot({ clip: { x: 0, y: top, width, height }, captureBeyondViewport: true }), height };
    } finally {
      await context.close();
    }
  };
  const editor = await take(`${SITE}/wp-admin/post.php?post=${post.id}&action=edit`, 'body', '.wp-block-shortcode', author.user);
  const published = await take(post.link, 'h1', 'apt-faq');
  // The two pictures one above the other, in one small PNG.
  const page = await browser.newPage();
  const height = editor.height + published.height + 8;
  await page.setViewport({ width, height });
  const img = ({ image }) => `<img style="display:block" src="data:image/png;base64,${Buffer.from(image).toString('base64')}">`;
  await page.setContent(`<body style="margin:0;background:#1e1e1e">${img(editor)}<div style="height:8px"></div>${img(published)}</body>`);
  await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
  await page.close();
}

const launch = (name, { javaScript = true } = {}) => launchBrowser(name, { firefoxPrefs: javaScript ? {} : { 'javascript.enabled': false } });

for (const engine of ['chromium', 'firefox']) {
  describe(`every published FAQ in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      if (engine === 'chromium' && process.env.APT_FAQ_WP_SCREENSHOT) await screenshot(browser, process.env.APT_FAQ_WP_SCREENSHOT);
      await browser?.close();
    });

    test('shows the questions, opens one on a click, and only the question draws its focus', async () => {
      for (const page of pages) {
        const { tab, errors } = await open(browser, page.link);
        const what = `${page.route} by the ${page.role}`;
        await until(tab, (count) => (document.querySelector('apt-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length ?? 0) === count, page.expect.count);
        const questions = await tab.evaluate(questionsShown);
        assert.equal(questions[0], page.expect.first, what);
        // Twenty Twenty-Four's rule, which outlines every focused element of the page.
        await tab.addStyleTag({ content: ':where(.wp-site-blocks *:focus){outline-width:2px;outline-style:solid}' });
        const button = await tab.evaluateHandle(() => document.querySelector('apt-faq').shadowRoot.querySelector('button[aria-expanded]'));
        await button.click();
        await until(tab, () => document.querySelector('apt-faq').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded') === 'true');
        const frame = await tab.evaluate(() => {
          const faq = document.querySelector('apt-faq');
          return `${faq.matches(':focus')} ${getComputedStyle(faq).outlineStyle}`;
        });
        assert.equal(frame, 'true none', `${what}: the whole FAQ has focus but no theme outline`);
        assert.deepEqual(errors, [], `${what}: no console error`);
        await tab.close();
      }
    });

    test('a deep link opens its question and focuses it', async () => {
      for (const page of pages) {
        const { tab, errors } = await open(browser, `${page.link}#${page.expect.link}`);
        await until(tab, (label) => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.localName === 'button' && active.getAttribute('aria-expanded') === 'true' && active.textContent.trim() === label;
        }, page.expect.linked);
        assert.equal(await tab.evaluate(focused), `button true: ${page.expect.linked}`);
        assert.deepEqual(errors, [], `${page.route} by the ${page.role}: no console error`);
        await tab.close();
      }
    });

    test('hand-written pages are readable with JavaScript off', async () => {
      const noScript = engine === 'firefox' ? await launch(engine, { javaScript: false }) : browser;
      after(() => noScript !== browser && noScript.close());
      for (const page of pages.filter((each) => each.handWritten)) {
        const { tab } = await open(noScript, page.link, { javaScript: false, engine });
        assert.equal(await tab.evaluate(() => customElements.get('apt-faq')), undefined, 'no script ran');
        const text = await tab.evaluate(() => document.body.innerText);
        assert.ok(text.includes(BUNDLED.first) && text.includes(BUNDLED.linked), `${page.route} by the ${page.role}: the questions`);
        assert.ok(text.includes('we are not directly funding other organisations'), `${page.route} by the ${page.role}: the answers`);
        await tab.close();
      }
    });
  });
}

describe('without the plugin', () => {
  let link;
  before(async () => {
    const plugins = await admin.page('/wp-admin/plugins.php');
    const deactivate = plugins.match(/href="([^"]*action=deactivate[^"]*plugin=apt-faq[^"]*)"/)?.[1];
    assert.ok(deactivate, 'the Plugins screen offers to deactivate the plugin');
    assert.match(await admin.page(`/wp-admin/${decode(deactivate)}`), /Plugin deactivated/);
    // What a site without the plugin gets when an Administrator pastes the editor's whole HTML.
    const script = `<script defer src="${SITE}/wp-content/plugins/apt-faq/apt-faq.js"></script>`;
    ({ link } = await admin.publish('Classic content without the plugin', `${MARKUP}\n${script}`));
  });

  for (const engine of ['chromium', 'firefox']) {
    test(`classic content broken by the automatic paragraphs fails loudly in ${engine}`, async () => {
      const browser = await launch(engine);
      try {
        const { tab, errors } = await open(browser, link);
        // The element's loud failure (SPEC, "apt-faq-error (source: children)") lands with issue 22:
        // until it is merged, this test fails here.
        await until(tab, () => window.faqErrors.length > 0, undefined, 15000);
        assert.equal(await tab.evaluate(() => window.faqErrors[0].source), 'children');
        assert.ok(errors.length > 0, 'a console error says what happened');
      } finally {
        await browser.close();
      }
    });
  }
});

test('no PHP warning, notice or error in the logs, and nothing at all from the plugin', () => {
  const lines = LOGS.flatMap((log) => readFileSync(log, 'utf8').split('\n'));
  const problems = lines.filter(
    (line) =>
      /PHP (Warning|Notice|Fatal error|Parse error)|\/plugins\/apt-faq\//.test(line) &&
      // Core's update checks, offline (the test machine reaches no wordpress.org): not the plugin.
      !/could not establish a secure connection to WordPress\.org.* in \/usr\/share\/wordpress\/wp-includes\/update\.php/.test(line),
  );
  assert.deepEqual(problems, []);
});
