import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../common/format';
import { kpisFor } from '../../server/src/metrics/operations';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const PERIOD = { from: '2024-07-01', to: '2024-09-30', asOf: '2024-11-15' };
const run = promisify(execFile);
const CLI = path.join(import.meta.dirname, '../../server/src/cli/report.ts');

describe('自评表', () => {
  const db = useTestDatabase();
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A', { staff: 2 });
    await b.department('B', { staff: 1 });
    await b.inspector('C1', 'A', '2030-12-31');
    await b.task('T1', { initiator: 'A', tiered: true, starts: '2024-07-02', due: '2024-08-31', completed: '2024-08-20' });
    await b.task('T2', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05', due: '2024-09-30', completed: '2024-09-01' });
    await b.task('T3', { initiator: 'B', cooperators: ['A'], starts: '2024-08-01', due: '2024-09-15' });
  });

  async function generate(extension: string, extra: string[] = []): Promise<string> {
    const out = path.join(await tempDir(), `自评表${extension}`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, 'self-evaluation', '--from', PERIOD.from, '--to', PERIOD.to,
      '--as-of', PERIOD.asOf, '--base-url', 'http://hub.example', ...extra, '--out', out], { env: { ...process.env, DATABASE_URL: db().url } });
    expect(stdout).toContain('14 项指标');
    return out;
  }

  it('as .docx in the official style, every figure as the API gives it, each with a link to its rows', async () => {
    const zip = await JSZip.loadAsync(await readFile(await generate('.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    const figures = await kpisFor(db().pool, await b.setting(), PERIOD, {});
    const units = Object.fromEntries((await import('../../server/src/metrics/definitions')).KPI_DEFINITIONS.map((k) => [k.key, k.unit]));
    for (const f of figures) expect(text).toContain(formatValue(units[f.key], f.value));
    // Joint: T2 and T3 of three tasks; credit-tiered: T1; overdue: T3 (due 09-15, open).
    // The cut-off under the title and heading the table.
    expect(text.match(/数据截至2024年11月15日/g)).toHaveLength(2);
    expect(text).toContain('66.7%');
    expect(text).toContain('33.3%');
    expect((text.match(/未达标/g) ?? []).length).toBe(figures.filter((f) => f.met === false).length);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('http://hub.example/kpi/joint_task_share?from=2024-07-01&amp;to=2024-09-30&amp;asOf=2024-11-15');
  });

  it('as .xlsx with ratios as percentages and counts as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await generate('.xlsx'));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A2').value).toBe('统计期间：2024年第三季度（2024-07-01 至 2024-09-30）；数据截至2024年11月15日');
    const joint = sheet.getRow(4);
    expect([joint.getCell(2).value, joint.getCell(3).value, joint.getCell(4).value, joint.getCell(5).value]).toEqual(['部门联合抽查占比', 2 / 3, 2, 3]);
    expect(joint.getCell(3).numFmt).toBe('0.0%');
    const overdue = sheet.getRow(14);
    expect([overdue.getCell(2).value, overdue.getCell(3).value, overdue.getCell(7).value]).toEqual(['超期任务数', 1, '未达标']);
    expect((sheet.getCell('I4').value as { hyperlink: string }).hyperlink).toBe('http://hub.example/kpi/joint_task_share?from=2024-07-01&to=2024-09-30&asOf=2024-11-15');
  });

  it('for one member department: its own figures, said so under the title, with links to its own rows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await generate('.xlsx', ['--department', 'B']));
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell('A2').value)).toContain('部门：B局');
    // B joined T2 and leads T3: both joint, T3 overdue; B has one qualified staff and no inspector in the registry.
    const byName = new Map(sheet.getRows(4, 14)!.map((r) => [r.getCell(2).value, [r.getCell(3).value, r.getCell(4).value, r.getCell(5).value]]));
    expect(byName.get('部门联合抽查占比')).toEqual([1, 2, 2]);
    expect(byName.get('超期任务数')).toEqual([1, 1, null]);
    expect(byName.get('执法人员入库率')).toEqual([0, 0, 1]);
    const api = await kpisFor(db().pool, await b.setting(), PERIOD, { departmentCode: 'B' });
    expect(sheet.getRows(4, 14)!.map((r) => r.getCell(3).value ?? null)).toEqual(api.map((f) => f.value));
    expect((sheet.getCell('I4').value as { hyperlink: string }).hyperlink).toBe(
      'http://hub.example/kpi/joint_task_share?from=2024-07-01&to=2024-09-30&asOf=2024-11-15&department=B');
  });
});
