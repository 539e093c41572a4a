/** Writes the import template workbook to docs/ (npm run template). */
import { buildTemplateWorkbook } from '../server/src/ingest/template';

const target = process.argv[2] ?? 'docs/导入模板.xlsx';
await buildTemplateWorkbook().xlsx.writeFile(target);
console.log(`已生成导入模板：${target}`);
