import 'reflect-metadata';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import { connectDatabase } from '../../server/src/database/database';
const e = await startEmbeddedPostgres('/tmp/pgtest2/cluster', { persistent: false });
const db = await connectDatabase(e.url, () => e.stop());
console.log((await db.pool.query(`select table_name from information_schema.tables where table_schema='public' order by 1`)).rows.map(r=>r.table_name).join(' '));
const em = db.orm.em.fork();
console.log(await em.count('Department'));
await db.close();
