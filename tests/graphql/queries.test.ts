import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { insertFixtures } from './fixtures';
import { gql, gqlData, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
beforeAll(async () => insertFixtures(db()));

const codes = (connection: { nodes: Array<{ code: string }> }) => connection.nodes.map((node) => node.code);

describe('departments', () => {
  it('matches a division code by prefix: a province covers its cities, a city its districts', async () => {
    const data = await gqlData(url(), `{
      guangdong: departments(regionCode: "440000") { totalCount nodes { code } }
      zhongshan: departments(regionCode: "442000") { totalCount nodes { code } }
      shenzhen: departments(regionCode: "440300") { nodes { code } }
      nonMembers: departments(isMember: false) { nodes { code name isMember } }
    }`);
    expect(data.guangdong).toEqual({ totalCount: 3, nodes: [{ code: 'SCJG' }, { code: 'SW' }, { code: 'SZSJ' }] });
    expect(data.zhongshan.totalCount).toBe(2);
    expect(codes(data.shenzhen)).toEqual(['SZSJ']);
    expect(data.nonMembers.nodes).toEqual([{ code: 'FZHB', name: '福州市生态环境局', isMember: false }]);
  });

  it('looks a department up, and answers null for a code that does not exist', async () => {
    const data = await gqlData(url(), `{
      department(code: "SW") { code name regionCode qualifiedStaff isMember batchId }
      missing: department(code: "NOPE") { code }
    }`);
    expect(data.department).toEqual({
      code: 'SW', name: '国家税务总局中山市税务局', regionCode: '442000', qualifiedStaff: 80, isMember: true, batchId: 1,
    });
    expect(data.missing).toBeNull();
  });
});

describe('registries and item lists', () => {
  it('filters subjects by registry department, region, credit class and name', async () => {
    const data = await gqlData(url(), `{
      bySCJG: subjects(departmentCode: "SCJG") { totalCount nodes { code codeKind subjectType creditClass } }
      guangdong: subjects(regionCode: "440000") { nodes { code } }
      classD: subjects(creditClass: D) { nodes { code registryDepartments { code } } }
      named: subjects(search: "中山") { totalCount }
    }`);
    expect(data.bySCJG.nodes).toEqual([
      { code: '442000600123456', codeKind: 'REGISTRATION_NUMBER', subjectType: 'INDIVIDUAL_BUSINESS', creditClass: null },
      { code: '91110000600037341L', codeKind: 'USCC', subjectType: 'ENTERPRISE', creditClass: 'D' },
    ]);
    expect(codes(data.guangdong)).toEqual(['442000600123456', '91110000600037341L', '9144030071526726XG']);
    expect(data.classD.nodes).toEqual([{ code: '91110000600037341L', registryDepartments: [{ code: 'SCJG' }, { code: 'SW' }] }]);
    expect(data.named.totalCount).toBe(2);
  });

  it('lists items and inspectors by owner department and region', async () => {
    const data = await gqlData(url(), `{
      items: inspectionItems(departmentCode: "SCJG") { nodes { code category ratioCeiling department { name } } }
      key: inspectionItems(category: KEY) { totalCount }
      inspectors(regionCode: "442000") { totalCount nodes { certificateNo department { code } } }
      inspector(certificateNo: "44200001") { name certificateExpiresOn expertise }
    }`);
    expect(data.items.nodes).toEqual([
      { code: 'I-SCJG-01', category: 'KEY', ratioCeiling: null, department: { name: '中山市市场监督管理局' } },
      { code: 'I-SCJG-02', category: 'GENERAL', ratioCeiling: 5, department: { name: '中山市市场监督管理局' } },
    ]);
    expect(data.key.totalCount).toBe(1);
    expect(data.inspectors.totalCount).toBe(3);
    expect(data.inspector).toEqual({ name: '李明', certificateExpiresOn: '2027-12-31', expertise: '食品安全' });
  });

  it('lists plans a department initiates or cooperates in, by the years they touch', async () => {
    const data = await gqlData(url(), `{
      sw: plans(departmentCode: "SW") { nodes { code isJoint initiator { code } cooperators { code } publishedOn } }
      y2025: plans(period: { from: "2025-01-01", to: "2025-12-31" }) { nodes { code year } }
    }`);
    expect(data.sw.nodes).toEqual([
      { code: 'P2024-JOINT', isJoint: true, initiator: { code: 'SCJG' }, cooperators: [{ code: 'SW' }], publishedOn: null },
    ]);
    expect(data.y2025.nodes).toEqual([{ code: 'P2025-SZSJ', year: 2025 }]);
  });
});

describe('tasks', () => {
  it('judges status on a given day: completed, overdue, open', async () => {
    const statusOn = async (status: string) =>
      codes((await gqlData(url(), `{ tasks(status: ${status}, asOf: "2024-11-15") { nodes { code } } }`)).tasks);
    expect(await statusOn('OVERDUE')).toEqual(['T-002']);
    expect(await statusOn('COMPLETED')).toEqual(['T-001']);
    expect(await statusOn('OPEN')).toEqual(['T-003', 'T-004']);
  });

  it('counts a department as initiator or cooperator, and a self-cooperation is not joint', async () => {
    const data = await gqlData(url(), `{
      sw: tasks(departmentCode: "SW") { nodes { code } }
      scjg: tasks(departmentCode: "SCJG") { totalCount }
      spring: tasks(period: { from: "2024-04-01", to: "2024-06-30" }) { nodes { code } }
      t2: task(code: "T-002") {
        name isJoint plan { code } initiator { code name } cooperators { code } items { code name }
        before: status(asOf: "2024-10-15") after: status(asOf: "2024-11-01") status
      }
      t3: task(code: "T-003") { isJoint plan { code } }
      t1: task(code: "T-001") { creditTiered classDraws { creditClass poolCount drawnCount } completedOn }
      missing: task(code: "T-999") { code }
    }`);
    expect(codes(data.sw)).toEqual(['T-002']);
    expect(data.scjg.totalCount).toBe(3);
    expect(codes(data.spring)).toEqual(['T-001', 'T-003']);
    expect(data.t2).toEqual({
      name: '餐饮企业部门联合抽查', isJoint: true, plan: { code: 'P2024-JOINT' },
      initiator: { code: 'SCJG', name: '中山市市场监督管理局' }, cooperators: [{ code: 'SW' }],
      items: [{ code: 'I-SCJG-01', name: '食品经营者检查' }, { code: 'I-SW-01', name: '发票使用情况检查' }],
      before: 'OPEN', after: 'OVERDUE', status: 'OVERDUE',
    });
    expect(data.t3).toEqual({ isJoint: false, plan: null });
    expect(data.t1).toEqual({
      creditTiered: true, completedOn: '2024-06-20',
      classDraws: [{ creditClass: 'A', poolCount: 100, drawnCount: 2 }, { creditClass: 'B', poolCount: 50, drawnCount: 3 }],
    });
    expect(data.missing).toBeNull();
  });
});

describe('inspections', () => {
  it('orders by inspection date then id, newest first, and filters by publication, department and subject region', async () => {
    const data = await gqlData(url(), `{
      all: inspections { totalCount nodes { id inspectedOn } }
      unpublished: inspections(status: UNPUBLISHED) { nodes { id status } }
      scjg: inspections(departmentCode: "SCJG") { totalCount }
      zhongshan: inspections(regionCode: "442000", foundProblem: false) { nodes { id } }
      one: inspection(id: "2") {
        task { code name } subject { code name } department { code } methods categories foundProblem followUp
        inspectors { certificateNo name } batchId
      }
      missing: inspection(id: "999") { id }
    }`);
    expect(data.all.totalCount).toBe(4);
    expect(data.all.nodes.map((n: { id: string }) => n.id)).toEqual(['4', '3', '1', '2']);
    expect(data.unpublished.nodes).toEqual([{ id: '4', status: 'UNPUBLISHED' }, { id: '2', status: 'UNPUBLISHED' }]);
    expect(data.scjg.totalCount).toBe(2);
    expect(data.zhongshan.nodes).toEqual([{ id: '3' }, { id: '1' }]);
    expect(data.one).toEqual({
      task: { code: 'T-001', name: '食品经营者专项抽查' },
      subject: { code: '442000600123456', name: '中山市石岐区某小吃店' },
      department: { code: 'SCJG' },
      methods: ['ON_SITE', 'DOCUMENT_REVIEW'],
      categories: ['ORDERED_TO_CORRECT'],
      foundProblem: true,
      followUp: 'RECTIFICATION_ORDERED',
      inspectors: [{ certificateNo: '44200001', name: '李明' }],
      batchId: 2,
    });
    expect(data.missing).toBeNull();
  });

  it('lists import batches with their counts', async () => {
    const data = await gqlData(url(), `{
      importBatches { totalCount nodes { id source } }
      importBatch(id: 1) { fileNames warningCount counts { kind inserted updated unchanged } }
      missing: importBatch(id: 99) { id }
    }`);
    expect(data.importBatches).toEqual({ totalCount: 2, nodes: [{ id: 1, source: 'CLI' }, { id: 2, source: 'UPLOAD' }] });
    expect(data.importBatch).toEqual({
      fileNames: ['部门.xlsx'],
      warningCount: 2,
      counts: [
        { kind: 'department', inserted: 4, updated: 0, unchanged: 0 },
        { kind: 'task', inserted: 4, updated: 1, unchanged: 2 },
      ],
    });
    expect(data.missing).toBeNull();
  });

  it('rejects a malformed region code with BAD_USER_INPUT', async () => {
    const result = await gql(url(), '{ departments(regionCode: "44") { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('行政区划代码');
  });
});
