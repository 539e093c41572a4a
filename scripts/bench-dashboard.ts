/**
 * Dashboard benchmark: the cockpit's time to first meaningful paint (every KPI card showing its
 * figure) and the bytes it transfers, in Debian's Chromium, against the hub on the demo data.
 * A fresh browser context per run, so nothing comes from the browser's cache. Not a test: it
 * prints figures and writes docs/benchmarks/dashboard.md (docs/benchmarks/dashboard-province.md
 * for the province set).
 *
 * BENCH_SET=province measures the province-sized set of bench:kpis instead (in the cluster kept in
 * BENCH_PG_DIR, generated there first if missing), for the quarter the KPI benchmark measures, and
 * twice: with the hub's KPI cache off (every request computed) and on (the warm-up fills it).
 *
 * BENCH_TRACE=1 also prints each run's requests (GraphQL operation or file, sent → done, in ms
 * from the navigation): the waterfall that decides when the page is complete.
 *
 * Usage: npm run bench:dashboard [-- runs]
 */
import 'reflect-metadata';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectDatabase, type Database } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { ensureDemoData } from '../server/src/demo/load-demo';
import { createAccount } from '../server/src/auth/accounts';
import { createServer } from '../server/src/server';
import { buildDashboard, CHROMIUM, launchBrowser } from '../tests/e2e/browser';
import { markdownTable } from './bench/measure';
import { generateProvince } from './bench/province-data';

const RUNS = Number(process.argv[2] ?? 7);
const GOALS = { paintMs: 1500, kilobytes: 400 };
const OUT = path.join(import.meta.dirname, '..', 'docs', 'benchmarks', process.env.BENCH_SET === 'province' ? 'dashboard-province.md' : 'dashboard.md');

const PROVINCE = process.env.BENCH_SET === 'province';
const PROVINCE_DB = 'kpi_bench_province';
/** The quarter bench:kpis measures on the province set; the demo set takes the cockpit's default period. */
const PROVINCE_QUERY = '?from=2026-07-01&to=2026-09-30';
const PROVINCE_GOALS = { figuresMs: 1000, completeMs: 2500 };

interface Run {
  fcp: number;
  meaningful: number;
  /** Until the network is idle: every chart and table of the page has its data. */
  complete: number;
  staticBytes: number;
  apiBytes: number;
  requests: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The province set in the kept cluster, generated there if it is not yet. */
async function provinceDatabase(embedded: { ownerUrl: string; appUrl: string }): Promise<Database> {
  const admin = new pg.Pool({ connectionString: embedded.ownerUrl, max: 1 });
  try {
    const present = (await admin.query(`select 1 from pg_database where datname = $1`, [PROVINCE_DB])).rowCount === 1;
    if (!present) await admin.query(`create database ${PROVINCE_DB}`);
    const db = await connectDatabase({ url: databaseUrl(embedded.appUrl, PROVINCE_DB), ownerUrl: databaseUrl(embedded.ownerUrl, PROVINCE_DB) });
    if (!present) {
      const owner = new pg.Pool({ connectionString: db.ownerUrl, max: 1 });
      await generateProvince(owner, console.log).finally(() => owner.end());
    }
    return db;
  } finally {
    await admin.end();
  }
}

async function main() {
  if (!CHROMIUM) throw new Error('需要 Chromium：apt-get install -y chromium');
  const kept = PROVINCE && process.env.BENCH_PG_DIR ? path.resolve(process.env.BENCH_PG_DIR) : null;
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-dashboard-'));
  await chmod(root, 0o755);
  if (kept) {
    await mkdir(kept, { recursive: true });
    await chmod(kept, 0o755);
  }
  const embedded = await startEmbeddedPostgres(path.join(kept ?? root, 'pg'), { persistent: kept !== null });
  const db = PROVINCE ? await provinceDatabase(embedded)
    : await connectDatabase({ url: embedded.appUrl, ownerUrl: embedded.ownerUrl }, () => embedded.stop());
  try {
    if (!PROVINCE) await ensureDemoData(db, () => undefined);
    const dist = path.join(root, 'dist');
    await buildDashboard(dist);
    const sections: string[] = [];
    for (const cache of PROVINCE ? [0, undefined] : [undefined]) {
      const label = cache === 0 ? '缓存关闭（每次请求都计算）' : PROVINCE ? '缓存开启（数据未变，预热后从缓存答复）' : '';
      sections.push(await measurePage(db, dist, cache, label));
    }
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, sections.join('\n'));
    console.log(`\n${sections.join('\n')}`);
  } finally {
    await db.close();
    if (PROVINCE) await embedded.stop();
    await rm(root, { recursive: true, force: true });
  }
}

async function measurePage(db: Database, dist: string, kpiCacheEntries: number | undefined, label: string): Promise<string> {
  const server = await createServer({ config: { port: 0, host: '127.0.0.1', kpiCacheEntries }, db, dashboardDir: dist });
  const running = await server.listen();
  // A leader opens the cockpit already signed in: the session cookie the 登录 page would have set.
  await createAccount(db.pool, { username: 'bench-leader', password: 'bench-password-1', role: 'LEADER' }).catch(() => undefined);
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
      const trace = new Map<string, { name: string; t0: number }>();
      cdp.on('Network.requestWillBeSent', (e) => {
        urls.set(e.requestId, e.request.url);
        const op = /"operationName":"(\w+)"/.exec(e.request.postData ?? '')?.[1] ?? /query (\w+)|mutation (\w+)/.exec(e.request.postData ?? '')?.slice(1).find(Boolean);
        trace.set(e.requestId, { name: op ?? e.request.url.replace(/.*\//, '').slice(0, 40), t0: Date.now() });
      });
      let lastFinished = 0;
      let started = Date.now();
      cdp.on('Network.loadingFinished', (e) => {
        requests += 1;
        lastFinished = Date.now();
        const tr = trace.get(e.requestId);
        if (process.env.BENCH_TRACE && tr) console.log(`  ${String(tr.t0 - started).padStart(5)} → ${String(lastFinished - started).padStart(5)} ms  ${tr.name}`);
        if ((urls.get(e.requestId) ?? '').includes('/graphql')) apiBytes += e.encodedDataLength;
        else staticBytes += e.encodedDataLength;
      });
      started = Date.now();
      await page.goto(`${running.url}/${PROVINCE ? PROVINCE_QUERY : ''}`);
      // Meaningful: all fourteen cards carry their figure.
      await page.waitForFunction(() => document.querySelectorAll('[data-kpi] [data-role="value"]').length === 14);
      const meaningful = Date.now() - started;
      // Complete: when the last response has arrived. Network idle (500 ms without a request) only
      // confirms that no other follows; its quiet half second is not the page's time.
      await page.waitForLoadState('networkidle');
      const complete = lastFinished - started;
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      await context.close();
      // The first run warms the server (and the database's caches); it is not counted.
      if (i > 0) runs.push({ fcp, meaningful, complete, staticBytes, apiBytes, requests });
      console.log(`${label}第 ${i} 次：首次内容绘制 ${fcp.toFixed(0)} ms，指标全部显示 ${meaningful} ms，页面完整 ${complete} ms，静态 ${(staticBytes / 1024).toFixed(1)} kB，接口 ${(apiBytes / 1024).toFixed(1)} kB，请求 ${requests} 个${i === 0 ? '（预热，不计）' : ''}`);
    }
  } finally {
    await browser.close();
    await running.close();
  }
  const m = {
    fcp: median(runs.map((r) => r.fcp)), meaningful: median(runs.map((r) => r.meaningful)), complete: median(runs.map((r) => r.complete)),
    staticKb: median(runs.map((r) => r.staticBytes)) / 1024, apiKb: median(runs.map((r) => r.apiBytes)) / 1024,
    requests: median(runs.map((r) => r.requests)),
  };
  const cpus = os.cpus();
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
  const goals = PROVINCE ? PROVINCE_GOALS : { figuresMs: GOALS.paintMs, completeMs: NaN };
  return [
    `# 驾驶舱基准测试${PROVINCE ? `（省级数据，${label}）` : ''}`, '',
    `- 日期：${new Date().toISOString().slice(0, 10)}；机器：${cpus.length} 核（${cpus[0]?.model ?? ''}），测完时负载（1/5/15 分钟）${load}；Chromium（Debian），1920×1080，无缓存（每次新的浏览器上下文），不限速的本机网络`,
    '- 命令：`' + (PROVINCE ? 'BENCH_SET=province BENCH_PG_DIR=… npm run bench:dashboard' : 'npm run bench:dashboard') + '`；'
      + (PROVINCE ? '省级数据（bench:kpis 的数据库 B），期间 2026-07-01—2026-09-30' : '演示数据经导入程序载入') + '；先预热 1 次不计，再测 ' + RUNS + ' 次取中位数',
    '- “首次有意义绘制”取打开总览到 14 张指标卡全部显示数值的时间；“页面完整”取最后一个响应到达的时刻（全部图表与表格的数据到齐；之后等网络空闲 500 ms 确认再无请求，这 500 ms 不计，到齐后的绘制也不计）；传输字节为压缩后在网络上传输的字节（CDP encodedDataLength）', '',
    markdownTable(['项目', '中位数', '目标'], [
      ['首次内容绘制（FCP）', `${m.fcp.toFixed(0)} ms`, '—'],
      ['指标全部显示（首次有意义绘制）', `${m.meaningful.toFixed(0)} ms`, `< ${goals.figuresMs} ms：${m.meaningful < goals.figuresMs ? '达到' : '未达到'}`],
      ['页面完整（最后一个响应到达）', `${m.complete.toFixed(0)} ms`, Number.isNaN(goals.completeMs) ? '—' : `< ${goals.completeMs} ms：${m.complete < goals.completeMs ? '达到' : '未达到'}`],
      ['静态资源（HTML、脚本、样式）', `${m.staticKb.toFixed(1)} kB`, `< ${GOALS.kilobytes} kB：${m.staticKb < GOALS.kilobytes ? '达到' : '未达到'}`],
      ['接口数据（GraphQL）', `${m.apiKb.toFixed(1)} kB`, '—'],
      ['请求数', String(m.requests), '—'],
    ]), '',
    '各次：', '',
    markdownTable(['次', 'FCP ms', '指标全部显示 ms', '页面完整 ms', '静态 kB', '接口 kB', '请求'], runs.map((r, i) => [
      String(i + 1), r.fcp.toFixed(0), String(r.meaningful), String(r.complete), (r.staticBytes / 1024).toFixed(1), (r.apiBytes / 1024).toFixed(1), String(r.requests),
    ])), '',
  ].join('\n');
}

await main();
