/**
 * Writes a "zip bomb" workbook: a valid xlsx whose one sheet (部门, with a real header row) goes
 * on with `megabytes` MB of identical empty cells. Each megabyte is deflated once and repeated
 * (a full flush makes deflate segments independent), so a 2.7 GB sheet takes a second to write
 * and about 2.7 MB on disk. With `lie`, the archive declares the sheet 1 MB inflated.
 */
import { writeFile } from 'node:fs/promises';
import zlib from 'node:zlib';

const MB = 1024 * 1024;
const HEADER = ['部门代码', '部门名称', '行政区划代码', '持证执法人员数', '联席会议成员'];

interface Part {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
}

function part(name: string, text: string): Part {
  const bytes = Buffer.from(text, 'utf8');
  return { name, deflated: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

const segment = (bytes: Buffer) => zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_FULL_FLUSH });

function bombSheet(megabytes: number): Part {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + `<row r="1">${HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`, 'utf8');
  const row = `<row>${'<c/>'.repeat(1000)}</row>`;
  // Whole rows (a little under 1 MB), for the XML to stay valid.
  const whole = Buffer.from(row.repeat(Math.floor(MB / row.length)));
  const tail = Buffer.from('</sheetData></worksheet>', 'utf8');
  let crc = zlib.crc32(head);
  for (let i = 0; i < megabytes; i++) crc = zlib.crc32(whole, crc);
  crc = zlib.crc32(tail, crc);
  const repeated = segment(whole);
  const deflated = Buffer.concat([segment(head), ...Array.from({ length: megabytes }, () => repeated), zlib.deflateRawSync(tail)]);
  return { name: 'xl/worksheets/sheet1.xml', deflated, crc, size: head.length + whole.length * megabytes + tail.length };
}

function zip(parts: Part[], declaredSize: (p: Part) => number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(declaredSize(p), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28); // flags, method, time, date, crc, sizes, name length
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export async function writeXlsxBomb(file: string, megabytes: number, lie = false): Promise<string> {
  const sheet = bombSheet(megabytes);
  const parts = [
    part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    part('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    part('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="部门" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    sheet,
  ];
  await writeFile(file, zip(parts, (p) => (lie && p === sheet ? MB : p.size)));
  return file;
}
