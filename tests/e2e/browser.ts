/** Debian's Chromium driven by playwright-core, and the dashboard built for the test's server. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Database } from '../../server/src/database/database';
import { TEST_ACCOUNT, useHubServer } from '../graphql/hub-client';
import { useTestDatabase, type TestDatabaseOptions } from '../support/database';
import { oncePerRun } from '../support/once-per-run';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The browser to drive, or null; `.ci/run` installs Debian's chromium package. */
export const CHROMIUM = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;

if (!CHROMIUM) {
  console.warn('跳过浏览器端到端测试：本机没有 Chromium（查找了 /usr/bin/chromium 等）。'
    + '安装：apt-get install -y chromium，或设置 CHROMIUM_PATH；.ci/run 会自动安装。');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM!,
    // Without the background-networking flags Chromium keeps calling out into a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Builds the dashboard into `outDir`, as `npm start` does into dashboard/dist. */
export async function buildDashboard(outDir: string): Promise<void> {
  await build({
    configFile: path.join(import.meta.dirname, '../../dashboard/vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}

/**
 * The dashboard built once for the whole run, whichever e2e file asks first; every file's server
 * serves that one folder (read-only). The build is the same `npm start` makes, so building it per
 * file only repeated a slow step.
 */
export async function sharedDashboard(): Promise<string> {
  const outDir = path.join(inject('runDirectory'), 'dashboard');
  // index.html is written last: a build that failed half-way is made again by the next file.
  const built = async () => (existsSync(path.join(outDir, 'index.html')) ? outDir : null);
  return oncePerRun('dashboard', built, async () => {
    await buildDashboard(outDir);
    return outDir;
  });
}

/** Signs in as a user does: the address, the 登录 page it leads to, the form; resolves once the header names the user. */
export async function signInThroughPage(page: Page, baseUrl: string, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('[data-role="login"]');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('[data-role="login"] button[type="submit"]');
  // The header shows the user as soon as the session is known; the router leaves 登录 a moment later.
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.waitForSelector('[data-role="user"]');
}

/** A browser context (its own cookies) signed in through the 登录 page; its pages share the session. */
export async function signedInContext(browser: Browser, baseUrl: string, username: string, password: string,
  viewport = { width: 1920, height: 1080 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInThroughPage(page, baseUrl, username, password);
  await page.close();
  return context;
}

export interface BrowserHub {
  db: () => Database;
  /** The hub's base address. */
  url: () => string;
  browser: () => Browser;
  /** A context signed in once through the 登录 page as TEST_ACCOUNT (联席办); its pages share the session. */
  office: () => BrowserContext;
}

export interface BrowserHubOptions extends TestDatabaseOptions {
  /** The file's own data, written once the hub runs and before the office signs in. */
  prepare?: (hub: Pick<BrowserHub, 'db' | 'url'>) => Promise<void>;
}

/**
 * What a browser test file starts from: its own database (with the demo data when asked), the hub on
 * it serving the built dashboard, Chromium, and the office signed in. Call it inside the file's
 * `describe.skipIf(!CHROMIUM)`; hooks the file adds run after these.
 */
export function useBrowserHub({ prepare, ...options }: BrowserHubOptions = {}): BrowserHub {
  let dist: string | undefined;
  // Before the server starts (hooks run in order), which serves whatever it finds there.
  beforeAll(async () => {
    dist = await sharedDashboard();
  }, 300_000);
  const db = useTestDatabase(options);
  const url = useHubServer(db, () => dist!);
  let browser: Browser | undefined;
  let office: BrowserContext | undefined;
  beforeAll(async () => {
    await prepare?.({ db, url });
    browser = await launchBrowser();
    office = await signedInContext(browser, url(), TEST_ACCOUNT.username, TEST_ACCOUNT.password);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });
  const ready = <T>(value: T | undefined, what: string) => {
    if (!value) throw new Error(`${what} not ready`);
    return value;
  };
  return { db, url, browser: () => ready(browser, 'browser'), office: () => ready(office, 'signed-in context') };
}
