/**
 * Abuse probes: what the hub does with requests meant to hurt it. Starts the hub on the demo data
 * (embedded PostgreSQL in a temporary folder), sends each probe over HTTP as an outsider would, and
 * prints one table row per probe: HTTP status, time to the answer, and what the answer says.
 * Not a test: it reports; docs/benchmarks/abuse.md holds its output before and after the limits.
 * Once sign-in exists (a `login` mutation), it creates an OFFICE account and sends its token.
 *
 * Usage: npm run probe:abuse
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createServer } from '../server/src/server';
import { demoDatabase } from './bench/demo-database';

const CLIENT_TIMEOUT_MS = 120_000;
const FORMULA = '=HYPERLINK("http://x","y")';
const PERIOD = '{ from: "2025-01-01", to: "2025-12-31" }';

interface Row {
  probe: string;
  status: string;
  ms: number;
  answer: string;
}

const clip = (text: string, n = 110) => (text.length > n ? `${text.slice(0, n)}…` : text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function describeAnswer(text: string): string {
  try {
    const body = JSON.parse(text);
    const answers = Array.isArray(body) ? body : [body];
    const errors = answers.flatMap((a) => a.errors ?? []);
    if (errors.length) return clip(`${errors.length > 1 ? `${errors.length} 条错误，首条：` : ''}${errors[0].extensions?.code ?? ''} ${errors[0].message}`);
    if (body.message) return clip(body.message);
    if (Array.isArray(body)) return `执行了全部 ${body.length} 个操作，返回 ${text.length.toLocaleString('en-US')} 字节`;
    return `已执行，返回数据 ${text.length.toLocaleString('en-US')} 字节`;
  } catch {
    return clip(text || '（空）');
  }
}

async function timed(probe: string, send: () => Promise<Response>): Promise<Row> {
  const started = performance.now();
  try {
    const response = await send();
    const text = await response.text();
    return { probe, status: String(response.status), ms: performance.now() - started, answer: describeAnswer(text) };
  } catch (error) {
    const ms = performance.now() - started;
    const timeout = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    return { probe, status: '—', ms, answer: timeout ? `${CLIENT_TIMEOUT_MS / 1000} s 内未返回，客户端放弃` : clip((error as Error).message) };
  }
}

async function main() {
  console.log('载入演示数据……');
  const { db, close } = await demoDatabase('probe-abuse');
  try {
    const server = await createServer({ config: { port: 0, host: '127.0.0.1' }, db, dashboardDir: '/nonexistent' });
    const running = await server.listen();
    const base = running.url;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hub-client': 'dashboard', ...(await signIn(base, db.url, db.ownerUrl)) };
    const post = (body: string, extra: Record<string, string> = {}) => fetch(`${base}/graphql`, {
      method: 'POST', headers: { ...headers, ...extra }, body, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const query = (q: string) => post(JSON.stringify({ query: q }));
    const rows: Row[] = [];
    try {
      const aliases = Array.from({ length: 200 }, (_, i) => `k${i}: kpis(period: $p) { key value numerator denominator }`).join(' ');
      rows.push(await timed('200 个别名的 kpis', () => post(JSON.stringify({
        query: `query($p: KpiPeriodInput!) { ${aliases} }`, variables: { p: { from: '2025-01-01', to: '2025-12-31' } },
      }))));
      const nested = `{ ${'... on Query { '.repeat(40)}dataExtent { firstDay }${' }'.repeat(40)} }`;
      rows.push(await timed('片段套叠 40 层（共 42 层）', () => query(nested)));
      const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: `{ kpis(period: ${PERIOD}) { key value } }` })));
      rows.push(await timed('一次请求 100 个操作（批量）', () => post(batch)));
      rows.push(await timed('first: 100000 的检查结果列表', () => post(JSON.stringify({
        query: 'query($n: Int!) { inspections(first: $n) { totalCount nodes { id } } }', variables: { n: 100_000 },
      }))));
      rows.push(await timed('错误的编号 report(id: "x")', () => query('{ report(id: "x") { id } }')));
      rows.push(await timed('text/plain 的 POST（CSRF）', () => post(JSON.stringify({ query: '{ dataExtent { firstDay } }' }), { 'content-type': 'text/plain' })));
      rows.push(await timed('他站表单上传 /api/import（无专用请求头）', () => {
        const form = new FormData();
        form.append('files', new Blob(['部门代码,部门名称,行政区划代码,持证执法人员数,联席会议成员\r\n']), '部门.csv');
        const { 'content-type': _json, 'x-hub-client': _client, ...rest } = headers;
        return fetch(`${base}/api/import?dryRun=1`, { method: 'POST', body: form, headers: { ...rest, origin: 'https://evil.example' } });
      }));
      rows.push(await formulaRoundTrip(base, headers));
    } finally {
      await running.close();
    }
    console.log('');
    console.log('| 探测 | HTTP 状态 | 用时 | 结果 |');
    console.log('|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.probe} | ${r.status} | ${r.ms < 10_000 ? `${r.ms.toFixed(0)} ms` : `${(r.ms / 1000).toFixed(1)} s`} | ${r.answer} |`);
  } finally {
    await close();
  }
}

/** Imports a subject named like a formula through the upload, then reads its cell in the evidence workbook. */
async function formulaRoundTrip(base: string, headers: Record<string, string>): Promise<Row> {
  const started = performance.now();
  const department = (await (await fetch(`${base}/graphql`, {
    method: 'POST', headers, body: JSON.stringify({ query: '{ departments(first: 1, isMember: true) { nodes { code regionCode } } }' }),
  })).json()).data.departments.nodes[0] as { code: string; regionCode: string };
  const csv = ['统一社会信用代码,名称,主体类型,行业代码,行政区划代码,信用风险等级,入库部门',
    `CP-PROBE-0001,"${FORMULA.replace(/"/g, '""')}",产品,,${department.regionCode},,${department.code}`].join('\r\n') + '\r\n';
  const form = new FormData();
  form.append('files', new Blob([csv]), '检查对象.csv');
  const { 'content-type': _json, ...uploadHeaders } = headers;
  const imported = await (await fetch(`${base}/api/import`, { method: 'POST', body: form, headers: uploadHeaders })).json();
  if (imported.outcome !== 'committed') return { probe: '公式单元格经导入与明细 Excel', status: '—', ms: 0, answer: clip(`导入未成功：${JSON.stringify(imported)}`) };
  const response = await fetch(`${base}/api/evidence.xlsx?key=subject_registry_size&from=2025-01-01&to=2025-12-31&part=NUMERATOR&department=${department.code}`, { headers });
  const bytes = await response.arrayBuffer();
  const ms = performance.now() - started;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  let found: ExcelJS.Cell | null = null;
  workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => {
    if (cell.text === FORMULA || (cell.type === ExcelJS.ValueType.Formula && (cell.value as ExcelJS.CellFormulaValue).formula?.includes('HYPERLINK'))) found = cell;
  }));
  const sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  const cell = found as ExcelJS.Cell | null;
  const kind = !cell ? '未找到该单元格'
    : cell.type === ExcelJS.ValueType.Formula ? '公式单元格'
      : `字符串单元格，文字不变，数字格式「${cell.numFmt ?? '常规'}」${cell.numFmt === '@' ? '（文本：在 Excel 中编辑后也不变成公式）' : '（常规：在 Excel 中编辑后回车即成公式）'}`;
  return { probe: `导入名称为 ${FORMULA} 的检查对象，下载明细 Excel`, status: String(response.status), ms, answer: `${kind}；工作表中${sheetXml.includes('<f>') ? '有' : '无'}公式` };
}

/** With sign-in on the hub, an OFFICE account made by `npm run user` on the same database, and its token. */
async function signIn(base: string, databaseUrl: string, ownerUrl: string): Promise<Record<string, string>> {
  const probe = await (await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "probe", password: "-") { token } }' }),
  })).json() as { errors?: { message: string; extensions?: { code?: string } }[] };
  const noLogin = probe.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && e.message.includes('login'));
  if (noLogin) {
    console.log('服务没有 login：以匿名身份探测');
    return {};
  }
  const password = randomBytes(18).toString('base64url');
  const added = spawnSync('npm', ['run', '-s', 'user', '--', 'add', 'probe', '--role', 'OFFICE', '--name', '探测账号'], {
    input: `${password}\n`, env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: ownerUrl }, encoding: 'utf8',
  });
  if (added.status !== 0) throw new Error(`创建探测账号失败：${added.stderr || added.stdout}`);
  const session = await (await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "probe", password: $p) { token } }', variables: { p: password } }),
  })).json() as { data?: { login: { token: string } } };
  if (!session.data) throw new Error(`探测账号登录失败：${JSON.stringify(session)}`);
  console.log('已以 OFFICE 账号 probe 登录');
  return { authorization: `Bearer ${session.data.login.token}` };
}

await main();
