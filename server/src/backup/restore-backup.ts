import path from 'node:path';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';
import type pg from 'pg';
import { writeAudit } from '../auth/audit';
import type { Actor } from '../auth/actor';
import { grantHubPrivileges } from '../database/privileges';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { MIGRATIONS } from '../../../migrations';
import { ormConfig } from '../database/mikro-orm.config';
import {
  copyInSql, copyOutSql, listTables, MIGRATIONS_TABLE, migrationLevel, ownedSequences, quoteIdent, SESSION_SETTINGS,
  type TableInfo,
} from './catalog';
import { BackupFileError, type BackupManifest } from './format';
import { readBackup, type RowSink } from './read-backup';

export interface RestoreOptions {
  /** Load even when the target holds data; `backupFirst` must then save what is there. */
  replace?: boolean;
  /** Called before anything is replaced, when the target holds data; returns where that copy went. */
  backupFirst?: () => Promise<string>;
  /**
   * The running hub's role: the rebuilt tables are new objects with no grants, so it gets its
   * row privileges back inside the same transaction (absent when the hub connects as the owner).
   */
  hubRole?: string | null;
  /**
   * Who restores: the restore is itself a write, recorded in the restored audit trail in the same
   * transaction (after the backup's own entries, which it brings back).
   */
  actor?: Actor;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations run after the load, to bring the backup up to this version of the hub. */
  laterMigrations: string[];
  /** Where the data that was replaced was saved, with --replace on a database that held data. */
  previousBackup: string | null;
  /** Whether triggers were off during the load (superuser), or the owner's user triggers were disabled. */
  triggersOff: 'replica' | 'disabled';
  milliseconds: number;
}

/** The restore found the target holding data and was not told to replace it. */
export class TargetNotEmptyError extends Error {
  constructor(readonly tables: string[]) {
    super(`目标数据库已有数据（${tables.slice(0, 5).join('、')}${tables.length > 5 ? ' 等' : ''}）。` +
      '如确要用备份替换现有数据，请加 --replace（会先把现有数据另存一份备份）');
  }
}

/** Tables the migrations themselves fill (default targets and bands): rows there are not the office's data. */
async function seededTables(orm: MikroORM): Promise<Set<string>> {
  const seeded = new Set<string>();
  // Only the SQL a migration would add is read: one that runs statements itself is refused them here.
  const driver = new Proxy(orm.em.getDriver(), {
    get: (target, key) => (key === 'execute' ? () => Promise.reject(new Error('read only')) : Reflect.get(target, key)),
  });
  for (const { class: MigrationClass } of MIGRATIONS) {
    const migration = new (MigrationClass as unknown as new (...args: unknown[]) => Migration)(driver, orm.config);
    try {
      await migration.up();
    } catch {
      continue;
    }
    for (const query of migration.getQueries()) {
      if (typeof query !== 'string') continue;
      for (const match of query.matchAll(/insert\s+into\s+"?(\w+)"?/gi)) seeded.add(match[1]);
    }
  }
  return seeded;
}

/** Tables of the target that hold rows the office wrote (one set-based count over all of them). */
async function tablesHoldingData(client: pg.ClientBase, seeded: Set<string>): Promise<string[]> {
  const tables = (await listTables(client)).filter((t) => !seeded.has(t.name));
  if (tables.length === 0) return [];
  const probes = tables.map((t) => `select ${client.escapeLiteral(t.name)} as name where exists (select from public.${quoteIdent(t.name)})`);
  const { rows } = await client.query<{ name: string }>(probes.join(' union all '));
  return rows.map((row) => row.name);
}

/** Empties the public schema of everything the migrations made (objects of extensions stay). */
async function dropSchemaObjects(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ sql: string }>(`
    with own as (
      -- Extensions the migrations created in public: the migrations create them again.
      select e.oid, 'pg_extension'::regclass as cls, format('drop extension if exists %I cascade', e.extname) as sql, 0 as pass
      from pg_extension e where e.extnamespace = 'public'::regnamespace
      union all
      select c.oid, 'pg_class'::regclass, format('drop %s if exists %s cascade',
        case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                       when 'f' then 'foreign table' when 'c' then 'type' else 'table' end, c.oid::regclass), 1
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c')
      union all
      select p.oid, 'pg_proc'::regclass, format('drop routine if exists %s cascade', p.oid::regprocedure), 2
      from pg_proc p where p.pronamespace = 'public'::regnamespace
      union all
      select t.oid, 'pg_type'::regclass, format('drop type if exists %s cascade', t.oid::regtype), 3
      from pg_type t where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd', 'r', 'm')
    )
    select sql from own
    -- Objects of an extension go with it; a table's own sequences (serial, identity) go with the table.
    where not exists (select from pg_depend d where d.classid = own.cls and d.objid = own.oid and d.deptype in ('e', 'a', 'i'))
    order by pass`);
  for (const { sql } of rows) await client.query(sql);
  // MikroORM's own record, as its storage creates it; the migrator then finds it inside this transaction.
  await client.query(`create table ${quoteIdent(MIGRATIONS_TABLE)} (id serial primary key, name varchar(255), executed_at timestamptz default current_timestamp)`);
}

async function hashTable(client: pg.ClientBase, table: TableInfo): Promise<{ rows: number; sha256: string }> {
  const stream = client.query(copyTo(copyOutSql(table)));
  const hash = createHash('sha256');
  for await (const data of stream as AsyncIterable<Buffer>) hash.update(data);
  return { rows: stream.rowCount, sha256: hash.digest('hex') };
}

/** COPY FROM per table, fed chunk by chunk with backpressure. */
function loadingSink(client: pg.ClientBase): RowSink {
  let copy: ReturnType<typeof copyFrom> | null = null;
  let failed: Error | null = null;
  return {
    async beginTable(table) {
      copy = client.query(copyFrom(copyInSql(table)));
      copy.on('error', (error: Error) => (failed = error));
    },
    async write(data) {
      if (failed) throw failed;
      if (!copy!.write(data)) await Promise.race([once(copy!, 'drain'), once(copy!, 'error')]);
      if (failed) throw failed;
    },
    async endTable() {
      copy!.end();
      await finished(copy!);
      if (failed) throw failed;
      return copy!.rowCount;
    },
  };
}

/** Triggers off for the load: all of them as superuser, else the owner's own (then foreign keys still check). */
async function triggersOff(client: pg.ClientBase, tables: TableInfo[]): Promise<'replica' | 'disabled'> {
  await client.query('savepoint replica_role');
  try {
    await client.query('set local session_replication_role = replica');
    await client.query('release savepoint replica_role');
    return 'replica';
  } catch {
    await client.query('rollback to savepoint replica_role');
    for (const t of tables) await client.query(`alter table public.${quoteIdent(t.name)} disable trigger user`);
    return 'disabled';
  }
}

async function triggersOn(client: pg.ClientBase, tables: TableInfo[], mode: 'replica' | 'disabled'): Promise<void> {
  if (mode === 'replica') await client.query('set local session_replication_role = origin');
  else for (const t of tables) await client.query(`alter table public.${quoteIdent(t.name)} enable trigger user`);
}

async function resetSequences(client: pg.ClientBase): Promise<void> {
  for (const s of await ownedSequences(client)) {
    await client.query(
      `select setval($1::regclass, coalesce((select max(${quoteIdent(s.column)}) from public.${quoteIdent(s.table)}), 1),
                     (select count(*) > 0 from public.${quoteIdent(s.table)}))`,
      [s.sequence],
    );
  }
}

/** The pg connection under a knex transaction (COPY needs the driver's client itself). */
async function clientOf(trx: Knex.Transaction): Promise<pg.ClientBase> {
  return (trx as unknown as { client: { acquireConnection(): Promise<pg.ClientBase> } }).client.acquireConnection();
}

function sameTables(expected: TableInfo[], actual: TableInfo[]): string | null {
  const byName = new Map(actual.map((t) => [t.name, t]));
  for (const t of expected) {
    const there = byName.get(t.name);
    if (!there) return `迁移后没有表 ${t.name}`;
    if (there.columns.join(',') !== t.columns.join(',')) return `表 ${t.name} 的列与备份不同`;
  }
  if (actual.length !== expected.length) return `迁移后的表（${actual.length} 张）与备份（${expected.length} 张）不一致`;
  return null;
}

/**
 * Loads a backup into the database at `ownerUrl`, all in one transaction: the schema is rebuilt by
 * the migrations up to the backup's level, the rows are loaded as they were (derived tallies
 * included, so triggers are off), sequences follow, every table is read back and compared with the
 * manifest, then the later migrations run. Any failure rolls everything back.
 */
export async function restoreBackup(ownerUrl: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const started = Date.now();
  // A first pass over the file alone: a damaged file is refused before the database is touched.
  const { header } = await readBackup(file);
  const known = MIGRATIONS.map((m) => m.name);
  if (header.migrations.length === 0) throw new BackupFileError('备份中没有数据库结构的记录（迁移），不能用于恢复');
  if (header.migrations.some((name, i) => known[i] !== name)) {
    throw new BackupFileError('备份来自更新或不同版本的系统（其数据库结构本版本不认识）：请先把本系统更新到不低于备份的版本再恢复');
  }
  const target = header.migrations[header.migrations.length - 1];
  const orm = await MikroORM.init(ormConfig(ownerUrl));
  try {
    const migrator = orm.getMigrator();
    // The migrator makes its record table outside any transaction, on a connection of its own: made
    // here first, it is not made again while the restore's transaction holds the name (that waits forever).
    await migrator.getExecutedMigrations();
    const seeded = await seededTables(orm);
    const holding = await orm.em.getConnection().transactional(async (trx: Knex.Transaction) => tablesHoldingData(await clientOf(trx), seeded));
    if (holding.length > 0 && !options.replace) throw new TargetNotEmptyError(holding);
    const previousBackup = holding.length > 0 && options.backupFirst ? await options.backupFirst() : null;

    const result = await orm.em.getConnection().transactional(async (trx: Knex.Transaction) => {
      const client = await clientOf(trx);
      for (const sql of SESSION_SETTINGS) await client.query(sql);
      await dropSchemaObjects(client);
      await migrator.up({ to: target, transaction: trx });
      const tables = await listTables(client);
      const mismatch = sameTables(header.tables, tables);
      if (mismatch) throw new BackupFileError(`按备份的结构建表后与备份不一致：${mismatch}`);
      const mode = await triggersOff(client, tables);
      // The migrations' default rows give way to the backup's own.
      if (tables.length > 0) await client.query(`truncate ${tables.map((t) => `public.${quoteIdent(t.name)}`).join(', ')}`);
      const { manifest } = await readBackup(file, loadingSink(client));
      await triggersOn(client, tables, mode);
      await resetSequences(client);
      const expected = new Map(manifest.tables.map((t) => [t.name, t]));
      for (const table of header.tables) {
        const loaded = await hashTable(client, table);
        const want = expected.get(table.name)!;
        if (loaded.rows !== want.rows || loaded.sha256 !== want.sha256) {
          throw new BackupFileError(`表 ${table.name} 载入后与备份不符（载入 ${loaded.rows} 行，备份 ${want.rows} 行）`);
        }
      }
      const before = (await migrationLevel(client)).length;
      await migrator.up({ transaction: trx });
      const laterMigrations = (await migrationLevel(client)).slice(before);
      if (options.hubRole) await grantHubPrivileges(client, options.hubRole, { inTransaction: true });
      if (options.actor) {
        await writeAudit(client, options.actor, {
          action: 'BACKUP_RESTORE', target: path.basename(file),
          detail: { replaced: holding, previousBackup, createdAt: manifest.createdAt, laterMigrations },
        });
      }
      return { manifest, laterMigrations, triggersOff: mode };
    });
    return { ...result, previousBackup, milliseconds: Date.now() - started };
  } finally {
    await orm.close(true);
  }
}
