/**
 * Dashboard benchmark: the cockpit's time to first meaningful paint (every KPI card showing its
 * figure) and the bytes it transfers, in Debian's Chromium, against the hub on the demo data.
 * A fresh browser context per run, so nothing comes from the cache. Not a test: it prints figures
 * and writes docs/benchmarks/dashboard.md.
 *
 * Usage: npm run bench:dashboard [-- runs]
 */
import 'reflect-metadata';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { ensureDemoData } from '../server/src/demo/load-demo';
import { createAccount } from '../server/src/auth/accounts';
import { createServer } from '../server/src/server';
import { buildDashboard, CHROMIUM, launchBrowser } from '../tests/e2e/browser';
import { markdownTable } from './bench/measure';

const RUNS = Number(process.argv[2] ?? 7);
const GOALS = { paintMs: 1500, kilobytes: 400 };
const OUT = path.join(import.meta.dirname, '..', 'docs', 'benchmarks', 'dashboard.md');

interface Run {
  fcp: number;
  meaningful: number;
  staticBytes: number;
  apiBytes: number;
  requests: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  if (!CHROMIUM) throw new Error('需要 Chromium：apt-get install -y chromium');
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-dashboard-'));
  await chmod(root, 0o755);
  const pg = await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const db = await connectDatabase(pg.url, () => pg.stop());
  try {
    await ensureDemoData(db, () => undefined);
    const dist = path.join(root, 'dist');
    await buildDashboard(dist);
    const server = await createServer({ config: { port: 0, host: '127.0.0.1' }, db, dashboardDir: dist });
    const running = await server.listen();
    // A leader opens the cockpit already signed in: the session cookie the 登录 page would have set.
    await createAccount(db.pool, { username: 'bench-leader', password: 'bench-password-1', role: 'LEADER' });
    const login = await fetch(`${running.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "bench-leader", password: "bench-password-1") { token } }' }),
    });
    const token: string = (await login.json()).data.login.token;
    const browser = await launchBrowser();
    const runs: Run[] = [];
    try {
      for (let i = 0; i < RUNS + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        await context.addCookies([{ name: 'hub_session', value: token, url: running.url, httpOnly: true, sameSite: 'Strict' }]);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        const urls = new Map<string, string>();
        let staticBytes = 0;
        let apiBytes = 0;
        let requests = 0;
        cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
        cdp.on('Network.loadingFinished', (e) => {
          requests += 1;
          if ((urls.get(e.requestId) ?? '').includes('/graphql')) apiBytes += e.encodedDataLength;
          else staticBytes += e.encodedDataLength;
        });
        const started = Date.now();
        await page.goto(`${running.url}/`);
        // Meaningful: all fourteen cards carry their figure.
        await page.waitForFunction(() => document.querySelectorAll('[data-kpi] [data-role="value"]').length === 14);
        const meaningful = Date.now() - started;
        await page.waitForLoadState('networkidle');
        const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
        await context.close();
        // The first run warms the server (and the database's caches); it is not counted.
        if (i > 0) runs.push({ fcp, meaningful, staticBytes, apiBytes, requests });
        console.log(`第 ${i} 次：首次内容绘制 ${fcp.toFixed(0)} ms，指标全部显示 ${meaningful} ms，静态 ${(staticBytes / 1024).toFixed(1)} kB，接口 ${(apiBytes / 1024).toFixed(1)} kB，请求 ${requests} 个${i === 0 ? '（预热，不计）' : ''}`);
      }
    } finally {
      await browser.close();
      await running.close();
    }
    const m = {
      fcp: median(runs.map((r) => r.fcp)), meaningful: median(runs.map((r) => r.meaningful)),
      staticKb: median(runs.map((r) => r.staticBytes)) / 1024, apiKb: median(runs.map((r) => r.apiBytes)) / 1024,
      requests: median(runs.map((r) => r.requests)),
    };
    const cpus = os.cpus();
    const report = [
      '# 驾驶舱基准测试', '',
      `- 日期：${new Date().toISOString().slice(0, 10)}；机器：${cpus.length} 核（${cpus[0]?.model ?? ''}）；Chromium（Debian），1920×1080，无缓存（每次新的浏览器上下文），不限速的本机网络`,
      '- 命令：`npm run bench:dashboard`；演示数据经导入程序载入；先预热 1 次不计，再测 ' + RUNS + ' 次取中位数',
      '- “首次有意义绘制”取打开总览（默认期间）到 14 张指标卡全部显示数值的时间；传输字节为压缩后在网络上传输的字节（CDP encodedDataLength）', '',
      markdownTable(['项目', '中位数', '目标'], [
        ['首次内容绘制（FCP）', `${m.fcp.toFixed(0)} ms`, '—'],
        ['指标全部显示（首次有意义绘制）', `${m.meaningful.toFixed(0)} ms`, `< ${GOALS.paintMs} ms：${m.meaningful < GOALS.paintMs ? '达到' : '未达到'}`],
        ['静态资源（HTML、脚本、样式）', `${m.staticKb.toFixed(1)} kB`, `< ${GOALS.kilobytes} kB：${m.staticKb < GOALS.kilobytes ? '达到' : '未达到'}`],
        ['接口数据（GraphQL）', `${m.apiKb.toFixed(1)} kB`, '—'],
        ['请求数', String(m.requests), '—'],
      ]), '',
      '各次：', '',
      markdownTable(['次', 'FCP ms', '指标全部显示 ms', '静态 kB', '接口 kB', '请求'], runs.map((r, i) => [
        String(i + 1), r.fcp.toFixed(0), String(r.meaningful), (r.staticBytes / 1024).toFixed(1), (r.apiBytes / 1024).toFixed(1), String(r.requests),
      ])), '',
    ].join('\n');
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, report);
    console.log(`\n${report}`);
  } finally {
    await db.close();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
