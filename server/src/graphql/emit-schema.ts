import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printHubSchema } from './schema';

const target = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));
const expected = await printHubSchema();

if (process.argv.includes('--check')) {
  const actual = await readFile(target, 'utf8').catch(() => null);
  if (actual !== expected) {
    console.error(`schema.graphql 与代码生成的结构不一致，请运行 npm run schema:write 后提交：${target}`);
    process.exit(1);
  }
  console.log('schema.graphql 与代码一致');
} else {
  await writeFile(target, expected);
  console.log(`已写入 ${target}`);
}
