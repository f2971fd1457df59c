// Runs the tests in real browsers: Chromium by default, and any of
// APT_FAQ_BROWSERS=chromium,firefox,webkit (or "all"), as CI does.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, browserPaths, ensureBrowsers, requestedBrowsers } from './scripts/find-browsers.mjs';
import { testServer } from './src/test/test-server.mjs';
import { checkDataCommand } from './src/test/check-data-command.mjs';
import { editorFileServer } from './src/editor/test-file-server.mjs';

ensureBrowsers();

/** Child processes (Xvfb, WebKitWebDriver) to end when the run ends. */
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

/** Resolves once something listens on the port: we wait for the state, never a fixed time. */
async function waitForPort(port, child) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited before listening on ${port}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb (when there is no display) and WebKitWebDriver; returns the driver's port. */
async function startWebKitDriver({ driver, xvfb }) {
  const env = { ...process.env };
  if (xvfb) {
    const display = 90 + Math.floor(Math.random() * 400);
    const server = spawn(xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(server);
    while (!existsSync(`/tmp/.X11-unix/X${display}`)) {
      if (server.exitCode !== null) throw new Error('Xvfb could not start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    env.DISPLAY = `:${display}`;
  }
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(child);
  await waitForPort(port, child);
  return port;
}

/**
 * A Firefox page whose viewport can be set in every Firefox Debian 12 ships. puppeteer-core
 * sends `emulation.setScreenOrientationOverride` with each viewport, beside the command that
 * sets the size; Firefox ESR 140 does not know it and rejects the whole call, though the size
 * was set. Only that refusal is forgiven: any other error still fails the run.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
    });
  return page;
}

async function launcher(name) {
  const paths = browserPaths(name);
  if (name === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: paths.executable, headless: true, args: CHROMIUM_ARGS },
    });
  }
  if (name === 'firefox') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: paths.executable, headless: true },
      createPage: firefoxPage,
    });
  }
  const port = await startWebKitDriver(paths);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
    },
  });
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: await Promise.all(requestedBrowsers().map(launcher)),
  middleware: [testServer(), editorFileServer()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), checkDataCommand()],
  // Generous limits, so that a busy machine (2 cores shared with builds, benchmarks, other
  // browsers) makes the tests slower, never red. No test asserts on time: these only bound a hang.
  // - per test: a browser may render 5,000 items or sanitise a deeply nested answer;
  testFramework: { config: { timeout: 60000 } },
  // - starting a browser page (Firefox under load needed more than the default 30 s) and its tests;
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // - one test file from start to end.
  testsFinishTimeout: 300000,
};
