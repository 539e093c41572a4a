import { readCsvRows } from '../server/src/ingest/sources/csv-table';
import { RowReader } from '../server/src/ingest/cells';
import { readInspection } from '../server/src/ingest/rows/inspection.row';
const file = '/tmp/import13-data/results/检查结果.csv';
for (let round = 0; round < 2; round++) {
let t = performance.now(); let n = 0; let headers: string[] = [];
for await (const row of readCsvRows(file)) { if (n++ === 0) headers = row.cells as string[]; }
console.log('csv only', (performance.now() - t).toFixed(0), 'ms', n);
t = performance.now(); n = 0;
let index: Map<string, number> = new Map();
for await (const row of readCsvRows(file)) {
  if (n++ === 0) { index = new Map((row.cells as string[]).map((h, i) => [h, i])); continue; }
  const r = new RowReader({ file: 'x', sheet: null, row: row.number }, index, row.cells);
  readInspection(r);
}
console.log('csv+rows', (performance.now() - t).toFixed(0), 'ms', n);
}
