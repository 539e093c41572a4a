import { readCsvRows } from '../server/src/ingest/sources/csv-table';
import { RowReader } from '../server/src/ingest/cells';
import { readSubject } from '../server/src/ingest/rows/subject.row';
const file = '/tmp/import13-data/registry/检查对象.csv';
let t = performance.now(); let n = 0;
for await (const row of readCsvRows(file)) { n++; }
console.log('csv only', (performance.now() - t).toFixed(0), 'ms', n);
t = performance.now(); n = 0;
let index: Map<string, number> = new Map();
for await (const row of readCsvRows(file)) {
  if (n++ === 0) { index = new Map((row.cells as string[]).map((h, i) => [h, i])); continue; }
  const r = new RowReader({ file: 'x', sheet: null, row: row.number }, index, row.cells);
  readSubject(r);
}
console.log('csv+rows', (performance.now() - t).toFixed(0), 'ms', n);
