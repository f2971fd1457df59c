// Finds the browsers the tests run in, and on a fresh Debian/Ubuntu machine where we are
// root, installs the missing ones from apt. Elsewhere it says exactly what to install.
//
// Which browsers: APT_FAQ_BROWSERS=chromium,firefox,webkit (default: chromium).
// Where they are: CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH override the search.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const arch = () => {
  try {
    return readdirSync('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu'));
  } catch {
    return [];
  }
};

/** Candidate executables per browser, most specific first. */
const CANDIDATES = {
  chromium: () => [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
  firefox: () => [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
  webkitDriver: () => [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'],
  miniBrowser: () => [
    process.env.MINIBROWSER_PATH,
    ...arch().flatMap((dir) => [`/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${dir}/webkit2gtk-4.0/MiniBrowser`]),
  ],
  xvfb: () => ['/usr/bin/Xvfb'],
};

/** What to install, per browser, on Debian/Ubuntu. */
const APT_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** Chromium flags for running as root with no GPU on a closed network (no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const find = (key) => CANDIDATES[key]().find((path) => path && existsSync(path));

/** The browsers asked for in APT_FAQ_BROWSERS. */
export function requestedBrowsers() {
  const names = (process.env.APT_FAQ_BROWSERS || 'chromium')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const expanded = names.includes('all') ? ['chromium', 'firefox', 'webkit'] : names;
  for (const name of expanded) {
    if (!APT_PACKAGES[name]) throw new Error(`Unknown browser "${name}" in APT_FAQ_BROWSERS: use chromium, firefox, webkit or all.`);
  }
  return expanded;
}

/** Paths of one browser's executables, or undefined when something is missing. */
export function browserPaths(name) {
  if (name === 'chromium') return find('chromium') && { executable: find('chromium') };
  if (name === 'firefox') return find('firefox') && { executable: find('firefox') };
  const driver = find('webkitDriver');
  const miniBrowser = find('miniBrowser');
  // Xvfb is only needed where there is no display already.
  const xvfb = process.env.DISPLAY ? undefined : find('xvfb');
  if (!driver || !miniBrowser || (!process.env.DISPLAY && !xvfb)) return undefined;
  return { driver, miniBrowser, xvfb };
}

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function instructions(missing) {
  const packages = missing.flatMap((name) => APT_PACKAGES[name]).join(' ');
  return [
    `apt-faq tests need: ${missing.join(', ')}. None was found.`,
    `  Debian/Ubuntu: sudo apt-get install ${packages}`,
    '  macOS/Windows: install Google Chrome (or Firefox), or point CHROME_PATH / FIREFOX_PATH at its executable.',
  ].join('\n');
}

/** Makes sure every requested browser is there, installing from apt when we may. */
export function ensureBrowsers() {
  const missing = requestedBrowsers().filter((name) => !browserPaths(name));
  if (missing.length === 0) return;
  if (!canInstallWithApt()) {
    console.error(instructions(missing));
    process.exit(1);
  }
  const packages = missing.flatMap((name) => APT_PACKAGES[name]);
  console.log(`Installing ${packages.join(', ')} from apt for the tests (root, no browser found)…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(instructions(missing));
    process.exit(1);
  }
  const stillMissing = missing.filter((name) => !browserPaths(name));
  if (stillMissing.length > 0) {
    console.error(instructions(stillMissing));
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBrowsers();

/**
 * Launches Debian's Chromium or Firefox ESR headless with puppeteer-core, as the test scripts
 * outside the test runner use them (readme-embed, release, from-disk, wordpress).
 * @param {'chromium' | 'firefox'} name
 * @param {{ firefoxPrefs?: Record<string, unknown> }} [options] preferences for Firefox only
 *   (e.g. `{ 'javascript.enabled': false }`)
 */
export async function launchBrowser(name, { firefoxPrefs = {} } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = browserPaths(name).executable;
  return name === 'firefox'
    ? puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: firefoxPrefs })
    : puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
