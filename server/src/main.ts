import 'reflect-metadata';
import { ensureFirstAccount } from './auth/first-account';
import { DEFAULT_SESSION_POLICY } from './auth/sessions';
import { loadConfig } from './config';
import { describeSchedule, scheduleBackups } from './backup/schedule';
import { isDatabaseUnavailable } from './database/availability';
import { openDatabase } from './database/database';
import { ensureDemoData } from './demo/load-demo';
import { createServer, type RunningServer } from './server';

// This process owns the shutdown order: the server drains, the pools close, then the embedded
// PostgreSQL (in its own process group, so a Ctrl+C in the terminal does not reach it first) stops.
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

// The last line of defence: a lost database connection surfacing outside a request must not end
// the hub (the pools and the watchdog recover from it); anything else still does.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    if (isDatabaseUnavailable(error)) return console.error('数据库连接中断（已忽略，服务继续）：', (error as Error).message);
    console.error(error);
    process.exit(1);
  });
}

const config = loadConfig();
const db = await openDatabase(config, { supervise: true }).catch((error: unknown) => {
  // The messages of the start path say in Chinese what to change; a stack trace would only hide them.
  console.error(`无法打开数据库：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
if (db.problems.length) {
  const line = '!'.repeat(72);
  console.error(`${line}\n警告：数据库不能防止服务自身改写已签发的通报：\n${db.problems.map((p) => `  - ${p}`).join('\n')}\n` +
    '请按 README「配置」一节，让 DATABASE_URL 使用不拥有任何表、不是超级用户的角色，迁移另用 DATABASE_OWNER_URL。\n' + line);
}

let running: RunningServer | null = null;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(1); // a second signal: the user does not want to wait
  stopping = true;
  console.log(`收到 ${signal}，正在停止服务……`);
  try {
    await running?.close();
    await db.close();
    console.log('已停止');
    process.exit(0);
  } catch (error) {
    console.error('停止时出错：', error);
    process.exit(1);
  }
}
// Registered before the demo load, which can take a while: a signal then still closes the database.
for (const signal of SIGNALS) process.on(signal, () => void stop(signal));

try {
  if (config.loadDemo) await ensureDemoData(db, console.log);
  const firstAccount = await ensureFirstAccount(db.pool);
  const sessionPolicy = { ...DEFAULT_SESSION_POLICY, idleMinutes: Math.round(config.sessionIdleHours * 60) };
  const server = await createServer({ config, db, sessionPolicy });
  running = await server.listen();

  const where = new URL(db.url);
  console.log(`GraphQL 接口：${running.url}/graphql`);
  console.log(server.dashboardBuilt ? `驾驶舱：${running.url}/` : `驾驶舱：尚未构建（npm run build:dashboard），${running.url}/ 显示说明页`);
  console.log(db.embedded ? `数据库：内置 PostgreSQL，数据目录 ${config.dataDir}` : `数据库：外部 PostgreSQL ${where.host}${where.pathname}`);
  console.log(describeSchedule(config));
  scheduleBackups(db, config);
  // Last, where a newcomer looks: how to sign in the first time.
  for (const line of firstAccount) console.log(line);
} catch (error) {
  // Interrupted by a signal: the work failed because stop() is closing the database, which then exits.
  if (!stopping) {
    await db.close();
    throw error;
  }
}
