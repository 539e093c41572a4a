import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoFiles } from '../../server/src/demo/generate';
import { uscCheckCharacter } from '../../server/src/domain/credit-code';

type Row = Record<string, string>;

const FILE_NAMES = ['部门.csv', '抽查事项.csv', '检查对象.csv', '执法人员.csv', '抽查计划.csv', '抽查任务.csv', '检查结果.csv'];

const HEADER_LINES: Record<string, string> = {
  '部门.csv': '部门代码,部门名称,行政区划代码,持证执法人员数,联席会议成员',
  '抽查事项.csv': '事项编码,事项名称,部门代码,事项类别,抽查比例上限,抽查依据',
  '检查对象.csv': '统一社会信用代码,名称,主体类型,行业代码,行政区划代码,信用风险等级,入库部门',
  '执法人员.csv': '执法证号,姓名,部门代码,执法证有效期至,专长',
  '抽查计划.csv': '计划编号,计划名称,年度,发起部门代码,配合部门代码,录入日期,公示日期',
  '抽查任务.csv':
    '任务编号,计划编号,任务名称,发起部门代码,配合部门代码,抽查事项编码,信用风险分类抽查,开始日期,截止日期,完成日期,' +
    'A类库内户数,A类抽取户数,B类库内户数,B类抽取户数,C类库内户数,C类抽取户数,D类库内户数,D类抽取户数',
  '检查结果.csv': '任务编号,统一社会信用代码,检查部门代码,检查日期,检查方式,检查结果,公示日期,后续处置,检查人员执法证号',
};

// The 27 members named in 睢县's 2020 implementation opinion; the seed's "大数数据" typo is corrected.
const MEMBER_NAMES = [
  '县市场监督管理局', '县发改委', '县教育体育局', '县公安局', '县人力资源和社会保障局', '县生态环境局', '县住房和城乡建设局',
  '县交通运输局', '县农业农村局', '县商务局', '县文化广电旅游局', '县卫生健康委', '县应急管理局', '县税务局', '县统计局',
  '县工业和信息化和科学技术局', '县民族宗教事务委员会', '县司法局', '县财政局', '县自然资源局', '县水利局', '县人防办',
  '县金融工作局', '县政务服务和大数据管理局', '县城市管理局', '县盐业执法监督局', '县烟草专卖局',
];

const list = (cell: string) => (cell === '' ? [] : cell.split(';'));

let root: string;
let first: string[];
let again: string[];
let otherSeed: string[];

async function rows(file: string): Promise<Row[]> {
  return parse(await readFile(file, 'utf8'), { columns: true }) as Row[];
}

function fileNamed(files: string[], name: string): string {
  return files.find((f) => path.basename(f) === name)!;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'demo-generate-'));
  first = await writeDemoFiles(path.join(root, 'a'), { subjects: 2000 });
  again = await writeDemoFiles(path.join(root, 'b'), { subjects: 2000 });
  otherSeed = await writeDemoFiles(path.join(root, 'c'), { subjects: 2000, seed: 7 });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('demo data files', () => {
  it('writes the seven kinds in import order', () => {
    expect(first.map((f) => path.basename(f))).toEqual(FILE_NAMES);
  });

  it('starts every file with the exact header line, UTF-8 without BOM, \\n line ends', async () => {
    for (const file of first) {
      const text = await readFile(file, 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.slice(0, text.indexOf('\n'))).toBe(HEADER_LINES[path.basename(file)]);
    }
  });

  it('lists the 27 member departments of 睢县 and non-members', async () => {
    const departments = await rows(fileNamed(first, '部门.csv'));
    const members = departments.filter((d) => d.联席会议成员 === '是');
    expect(members).toHaveLength(27);
    expect(members.map((d) => d.部门名称).sort()).toEqual([...MEMBER_NAMES].sort());
    expect(departments.some((d) => d.联席会议成员 === '否')).toBe(true);
    expect(departments.find((d) => d.部门代码 === 'SCJGJ')?.部门名称).toBe('县市场监督管理局');
    expect(departments.every((d) => d.行政区划代码 === '411422')).toBe(true);
  });

  it('is byte-identical for the same seed and differs for another seed', async () => {
    for (let i = 0; i < first.length; i++) {
      expect((await readFile(again[i])).equals(await readFile(first[i]))).toBe(true);
    }
    const results = await readFile(fileNamed(first, '检查结果.csv'));
    expect(results.equals(await readFile(fileNamed(otherSeed, '检查结果.csv')))).toBe(false);
  });

  it('gives enterprises credit codes that pass the GB 32100 check', async () => {
    const subjects = await rows(fileNamed(first, '检查对象.csv'));
    expect(subjects).toHaveLength(2000);
    const codes = subjects.map((s) => s.统一社会信用代码).filter((c) => c.length === 18);
    expect(codes.length).toBeGreaterThan(1500);
    for (const code of codes) expect(uscCheckCharacter(code.slice(0, 17)), code).toBe(code[17]);
    // Older individual businesses keep their 15-digit registration number.
    expect(subjects.some((s) => s.主体类型 === '个体工商户' && /^\d{15}$/.test(s.统一社会信用代码))).toBe(true);
  });

  it('resolves every reference of the results', async () => {
    const subjects = new Set((await rows(fileNamed(first, '检查对象.csv'))).map((s) => s.统一社会信用代码));
    const inspectors = new Map((await rows(fileNamed(first, '执法人员.csv'))).map((i) => [i.执法证号, i.部门代码]));
    const tasks = new Map((await rows(fileNamed(first, '抽查任务.csv'))).map((t) => [t.任务编号, t]));
    const results = await rows(fileNamed(first, '检查结果.csv'));
    expect(results.length).toBeGreaterThan(100);
    // Problems are collected rather than asserted row by row: one readable list, and thousands of rows stay fast.
    const problems: string[] = [];
    const keys = new Set<string>();
    for (const r of results) {
      const where = `${r.任务编号} ${r.统一社会信用代码} ${r.检查部门代码}`;
      const task = tasks.get(r.任务编号);
      if (!task) problems.push(`${where}: unknown task`);
      if (!subjects.has(r.统一社会信用代码)) problems.push(`${where}: unknown subject`);
      if (task && ![task.发起部门代码, ...list(task.配合部门代码)].includes(r.检查部门代码)) problems.push(`${where}: not a participant`);
      const certificates = list(r.检查人员执法证号);
      if (certificates.length === 0) problems.push(`${where}: no inspector`);
      for (const c of certificates) if (inspectors.get(c) !== r.检查部门代码) problems.push(`${where}: inspector ${c}`);
      if (r.公示日期 !== '' && r.公示日期 < r.检查日期) problems.push(`${where}: published before inspected`);
      const key = `${r.任务编号}|${r.统一社会信用代码}|${r.检查部门代码}`;
      if (keys.has(key)) problems.push(`${where}: duplicate`);
      keys.add(key);
    }
    expect(problems).toEqual([]);
  });

  it('keeps tasks consistent: dates ordered, items of participants, drawn within pool', async () => {
    const items = new Map((await rows(fileNamed(first, '抽查事项.csv'))).map((i) => [i.事项编码, i.部门代码]));
    const plans = new Set((await rows(fileNamed(first, '抽查计划.csv'))).map((p) => p.计划编号));
    const tasks = await rows(fileNamed(first, '抽查任务.csv'));
    for (const t of tasks) {
      const participants = [t.发起部门代码, ...list(t.配合部门代码)];
      if (t.计划编号 !== '') expect(plans.has(t.计划编号)).toBe(true);
      for (const code of list(t.抽查事项编码)) expect(participants).toContain(items.get(code));
      expect(t.开始日期 <= t.截止日期).toBe(true);
      if (t.完成日期 !== '') expect(t.完成日期 >= t.开始日期).toBe(true);
      for (const c of ['A', 'B', 'C', 'D']) {
        const pool = t[`${c}类库内户数`];
        const drawn = t[`${c}类抽取户数`];
        expect(pool === '', t.任务编号).toBe(drawn === '');
        if (pool !== '') expect(Number(drawn)).toBeLessThanOrEqual(Number(pool));
      }
    }
  });
});
