// What the browser tests share: Debian's Chromium through playwright-core (never downloads a browser), a Regie
// server on a free port with its own data directory, and the page checks (axe, no horizontal scroll, loaded).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { firstNamesF, firstNamesM, streets, surnames } from '../../src/server/features/seed/names.ts';

// CI installs Debian's chromium with apt; REGIE_CHROMIUM may point elsewhere (e.g. to check the skip path).
const CHROMIUM = process.env.REGIE_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The password of every demo user. */
export const PASSWORD = 'Regie-demo-2026';
const START_TIMEOUT_MS = 180_000;

/** Skips the test, and says so, where Chromium is not installed. */
export function skipWithoutChromium(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return false;
  t.skip(
    `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser test`,
  );
  return true;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function ensureWebBuilt(): void {
  if (existsSync(join(ROOT, 'dist/web/index.html'))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(result.status, 0, 'npm run build:web failed');
}

export interface RunningApp {
  baseUrl: string;
  stop: () => Promise<void>;
}

export interface StartAppOptions {
  /** Prefix of the temporary data directory (removed again by `stop`). */
  dataDirPrefix: string;
  /** More environment for the server, e.g. REGIE_DEMO_HOUSEHOLDS. */
  env?: Record<string, string>;
}

/** Starts `regie start` on a free port with a fresh data directory and waits until /health answers 200. */
export async function startApp({ dataDirPrefix, env = {} }: StartAppOptions): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  const child: ChildProcess = spawn(process.execPath, ['bin/regie.js', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      REGIE_DATA_DIR: dataDir,
      ...env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break; // exited, or killed by a signal
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Regie did not become healthy on ${baseUrl}. Output:\n${output}`);
}

function formatViolations(results: AxeResults): string {
  return results.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes
          .map(
            (n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          )
          .join('\n')}`,
    )
    .join('\n');
}

/** Runs axe-core on the page (in a context that bypasses CSP: axe is injected as an inline script). */
export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe;
    return axe.run();
  });
  if (results.violations.length > 0) console.log(`axe violations on ${label}:\n${formatViolations(results)}`);
  assert.equal(
    results.violations.length,
    0,
    `axe found violations on ${label}:\n${formatViolations(results)}`,
  );
}

/** Waits until the page has fetched its data and shows no loading message. */
export async function waitForContent(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.regie-loading') === null, undefined, {
    timeout,
  });
}

export async function assertNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(size.scroll <= size.client, `horizontal scroll on ${label}: ${JSON.stringify(size)}`);
}

/**
 * Signs a demo account in through the login form and waits for the start page. The demo data of a fresh app is
 * still being built while the first page loads, hence the generous default.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  timeout = 120_000,
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/inloggen/);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await waitForContent(page, timeout);
}

/** A GET through the page's session (cookies included) that must answer 200, as JSON. */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  assert.equal(response.status(), 200, `${url}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A page state checked the way every browser test does: axe at full width and at 320 px, without sideways scroll. */
export async function checkPage(page: Page, label: string, timeout = 120_000): Promise<void> {
  await waitForContent(page, timeout);
  await assertNoAxeViolations(page, label);
  await page.setViewportSize({ width: 320, height: 800 });
  await assertNoHorizontalScroll(page, `${label} at 320 px`);
  await assertNoAxeViolations(page, `${label} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * A fresh browser context and page as every browser test uses them: desktop size, Dutch locale, generous timeouts
 * (a fresh app still builds its demo data), and the page's script errors collected. axe is injected as an inline
 * script, which the server's Content Security Policy blocks: the test context bypasses CSP.
 */
export async function openPage(
  browser: Browser,
  options: { acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    locale: 'nl-NL',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A BSN-like number, and every name and street the demo households are built from, as whole words. */
function personalDataPatterns(): RegExp[] {
  const surnameTexts = surnames.map(([prefix, name]) => (prefix ? `${prefix} ${name}` : name));
  const fullNames = [...firstNamesF, ...firstNamesM].flatMap((first) =>
    surnames.map(([, name]) => `${first} ${name}`),
  );
  const words = [
    ...new Set([...surnameTexts, ...surnames.map(([, name]) => name), ...fullNames, ...streets]),
  ];
  return [/(?<!\d)\d{9}(?!\d)/, new RegExp(`\\b(${words.map(escapeRegExp).join('|')})\\b`)];
}

/**
 * Pages of aggregates hold no person: no BSN-like number, no demo name or street. Every text node (SVG text too) is
 * read on its own line: body.textContent glues neighbouring table cells ("45", "94", "123") into one number.
 */
export async function assertNoPersonalData(page: Page, label: string): Promise<void> {
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
    return parts.join('\n');
  });
  for (const pattern of personalDataPatterns()) {
    const found = pattern.exec(text);
    assert.equal(found, null, `${label}: "${found?.[0]}" looks like personal data`);
  }
}
