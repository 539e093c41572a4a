import { parseArgs } from 'node:util';
import { generateDemo } from './generate';

// Usage: node --import tsx server/src/demo/cli.ts --out DIR [--subjects N] [--seed N]
const { values } = parseArgs({
  options: { out: { type: 'string' }, subjects: { type: 'string' }, seed: { type: 'string' } },
});

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    console.error(`--${name} 应为非负整数，实为 ${raw}`);
    process.exit(2);
  }
  return Number(raw);
}

if (!values.out) {
  console.error('用法：node --import tsx server/src/demo/cli.ts --out 目录 [--subjects 主体数] [--seed 随机种子]');
  process.exit(2);
}

const started = performance.now();
const files = await generateDemo(values.out, {
  subjects: integer('subjects', values.subjects),
  seed: integer('seed', values.seed),
});
for (const f of files) console.log(`${f.path}\t${f.rows}`);
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒`);
