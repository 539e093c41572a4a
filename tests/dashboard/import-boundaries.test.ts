/**
 * Who may import whom: the browser bundle gets no server code but the pure domain core, the chart
 * builders in common/ serve both sides and import neither, and the server never reaches into the
 * dashboard. Read from the sources' own import statements, .vue scripts included.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Import {
  file: string;
  /** Repository-relative target for a relative specifier, the package name otherwise. */
  target: string;
  relative: boolean;
  typeOnly: boolean;
}

interface Source {
  file: string;
  ast: ts.SourceFile;
}

async function sources(folder: string): Promise<Source[]> {
  const found: Source[] = [];
  for (const entry of await readdir(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|vue)$/.test(entry.name)) continue;
    const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
    const text = await readFile(path.join(ROOT, file), 'utf8');
    // A .vue file's code is in its <script> blocks; the template only names what they import.
    const code = file.endsWith('.vue') ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
    found.push({ file, ast: ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true) });
  }
  return found;
}

function importsOf({ file, ast }: Source): Import[] {
  const found: Import[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier)) return;
    const relative = specifier.text.startsWith('.');
    const target = relative ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier.text)) : specifier.text;
    found.push({ file, target, relative, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, Boolean(node.importClause?.isTypeOnly));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal as ts.StringLiteral, true);
    ts.forEachChild(node, visit);
  };
  visit(ast);
  return found;
}

const under = (target: string, folder: string) => target === folder || target.startsWith(`${folder}/`);
const describeImport = (i: Import) => `${i.file} → ${i.target}`;

describe('import boundaries', () => {
  it('the dashboard imports from server/ only the pure domain core (server/src/domain), and nothing else outside itself but common/', async () => {
    const imports = (await sources('dashboard/src')).flatMap(importsOf).filter((i) => i.relative);
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.filter((i) => under(i.target, 'server/src/domain')).length).toBeGreaterThan(0);
    expect(imports.filter((i) => under(i.target, 'common')).length).toBeGreaterThan(0);
    const outside = imports.filter((i) => !under(i.target, 'dashboard') && !under(i.target, 'common') && !under(i.target, 'server/src/domain'));
    expect(outside.map(describeImport)).toEqual([]);
  });

  it('the domain core the dashboard uses imports nothing from the rest of the server', async () => {
    const imports = (await sources('server/src/domain')).flatMap(importsOf).filter((i) => i.relative);
    expect(imports.filter((i) => !under(i.target, 'server/src/domain') && !under(i.target, 'common')).map(describeImport)).toEqual([]);
  });

  it('common/ imports nothing from server/ or dashboard/, and packages for their types only (no browser or Node code)', async () => {
    const files = await sources('common');
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['common/charts/trend.ts', 'common/charts/gauge.ts', 'common/format.ts']));
    const imports = files.flatMap(importsOf);
    expect(imports.filter((i) => i.relative && !under(i.target, 'common')).map(describeImport)).toEqual([]);
    expect(imports.filter((i) => !i.relative && !i.typeOnly).map(describeImport)).toEqual([]);
  });

  it('the server imports nothing from dashboard/', async () => {
    const imports = (await sources('server')).flatMap(importsOf).filter((i) => i.relative);
    expect(imports.length).toBeGreaterThan(500);
    expect(imports.filter((i) => under(i.target, 'common/charts')).length).toBeGreaterThan(0);
    expect(imports.filter((i) => under(i.target, 'dashboard')).map(describeImport)).toEqual([]);
  });

  it('the dashboard names KPIs by the constants of server/src/domain/kpi-keys.ts, never by a literal key', async () => {
    const keys = new Set<string>(Object.values(KPI));
    const literals: string[] = [];
    for (const { file, ast } of await sources('dashboard/src')) {
      const visit = (node: ts.Node) => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && keys.has(node.text)) literals.push(`${file}: '${node.text}'`);
        // series.value.joint_task_share: a key spelt as a property name.
        if (ts.isPropertyAccessExpression(node) && keys.has(node.name.text)) literals.push(`${file}: .${node.name.text}`);
        ts.forEachChild(node, visit);
      };
      visit(ast);
    }
    expect(literals).toEqual([]);
  });
});
