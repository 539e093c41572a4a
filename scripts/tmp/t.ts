import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import pg from 'pg';
const t0 = Date.now();
const db = await startEmbeddedPostgres('/tmp/pgtest/cluster', { persistent: false, log: (l) => process.env.V && console.log(l) });
console.log('started', Date.now() - t0, db.url);
const c = new pg.Client(db.url); await c.connect();
console.log((await c.query('select version(), current_setting(\'server_encoding\') e')).rows);
await c.end(); await db.stop(); console.log('stopped');
