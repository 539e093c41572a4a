import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';
import { ALL } from '../ingest/fixtures';

const run = promisify(execFile);

/** Runs `npm run import -- ARGS` against the test database; resolves with exit code and output. */
async function importCommand(url: string, args: string[]) {
  try {
    const { stdout } = await run('node', ['--import', 'tsx', 'server/src/cli/import.ts', ...args], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

describe('npm run import', () => {
  const db = useTestDatabase();

  it('prints per kind what was inserted, updated and unchanged, and exits 0; exits 1 on errors', async () => {
    const dir = await tempDir();
    await writeCsv(path.join(dir, '部门.csv'), ALL['部门'], 'gb18030');
    const dry = await importCommand(db().url, ['--dry-run', dir]);
    expect(dry).toEqual({ code: 0, stdout: '试导入校验通过，未写入任何数据：部门.csv\n  部门：将新增 3 条，将更新 0 条，未变 0 条\n' });
    const done = await importCommand(db().url, [dir]);
    expect(done).toEqual({ code: 0, stdout: '导入成功（批次 1）：部门.csv\n  部门：新增 3 条，更新 0 条，未变 0 条\n' });

    await writeCsv(path.join(dir, '部门.csv'), [...ALL['部门'], ['GAJ', '县公安局', '41142', 'x', '是']]);
    const bad = await importCommand(db().url, [dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      '导入失败，发现 2 处错误，未写入任何数据。请按下列位置在 Excel 中修改后重新导入：\n'
      + '  错误：部门.csv 第 5 行 「行政区划代码」列，值「41142」：应为 6 位数字的行政区划代码\n'
      + '  错误：部门.csv 第 5 行 「持证执法人员数」列，值「x」：应为整数\n',
    );
  });
});
