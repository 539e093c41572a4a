/** Debian's Chromium driven by playwright-core, and the dashboard built for the test's server. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

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
