import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/database/database';
import { runImport } from '../../server/src/ingest/run-import';
import { createTestDatabase, useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';
import { ALL } from '../ingest/fixtures';

const run = promisify(execFile);

/** Runs one of the commands against a test database; resolves with exit code and output. */
async function command(script: 'backup' | 'restore', url: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', `server/src/cli/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: url, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('npm run backup and npm run restore', () => {
  const db = useTestDatabase();
  let target: Database;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await tempDir('hub-backup-cli-');
    const files = await tempDir('hub-backup-cli-files-');
    for (const [name, table] of Object.entries(ALL)) await writeCsv(path.join(files, `${name}.csv`), table);
    await runImport(db().pool, [{ path: files }], { source: 'CLI' });
    target = await createTestDatabase();
    file = path.join(dir, '备份.tar.gz');
  });
  afterAll(async () => {
    await target?.close();
  });

  it('backs up, says what is in the file, and the file checks out', async () => {
    const backup = await command('backup', db().url, ['--out', file]);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(new RegExp(`^备份完成：${file}\\n  大小 \\d+ KB，用时 [\\d.]+ 秒，系统版本 0\\.1\\.0\\n  共 \\d+ 张表、\\d+ 行（有数据的表：.*department 3，.*subject 4，`));
    const check = await command('restore', db().url, ['--check', file]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^备份文件完整可用：.*\n[\s\S]*每张表的行数与校验值都与清单一致。\n$/);
  });

  it('restores into an empty database and reports the check', async () => {
    const restore = await command('restore', target.url, [file]);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/恢复完成：.*\n[\s\S]*每张表的行数与校验值都已与备份清单逐一核对，一致。\n  备份与本系统的数据库结构相同，无须再执行迁移。\n  用时 [\d.]+ 秒\n$/);
    expect((await target.pool.query('select count(*)::int as n from subject')).rows[0].n).toBe(4);
  });

  it('refuses a database with data unless --replace, which saves it first in BACKUP_DIR', async () => {
    const refused = await command('restore', target.url, [file]);
    expect(refused).toEqual({
      code: 1,
      out: expect.stringMatching(/恢复失败，目标数据库未做任何改动：目标数据库已有数据（.*）。如确要用备份替换现有数据，请加 --replace（会先把现有数据另存一份备份）\n$/),
    });
    const saved = path.join(dir, 'saved');
    const replaced = await command('restore', target.url, ['--replace', file], { BACKUP_DIR: saved });
    expect(replaced.code).toBe(0);
    expect(replaced.out).toMatch(/替换前的原有数据已另存为：.*saved\/before-restore-\d{8}-\d{6}\.tar\.gz\n/);
    expect(await readdir(saved)).toEqual([expect.stringMatching(/^before-restore-\d{8}-\d{6}\.tar\.gz$/)]);
  });

  it('refuses a file cut short, in Chinese, with exit code 1', async () => {
    const cut = path.join(dir, '不完整.tar.gz');
    const bytes = await readFile(file);
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));
    expect(await command('restore', target.url, ['--check', cut])).toEqual({
      code: 1, out: '备份文件不可用：备份文件不完整（可能没有写完，或复制、下载时中断），不能用于恢复\n',
    });
    const restore = await command('restore', target.url, ['--replace', cut]);
    expect(restore.code).toBe(1);
    expect(restore.out).toMatch(/恢复失败，目标数据库未做任何改动：备份文件不完整/);
  });
});
