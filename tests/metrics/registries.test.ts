import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

beforeAll(async () => {
  await b.fresh();
  await b.department('A', { staff: 4 });
  await b.department('B', { staff: 3 });
  await b.department('C', { staff: 0 });
  await b.department('N', { staff: 10, member: false });

  await b.item('a1', 'A');
  await b.item('a2', 'A');
  await b.item('b1', 'B');
  await b.item('c1', 'C');
  await b.item('n1', 'N');
  await b.task('t1', { initiator: 'A', items: ['a1'] });
  await b.task('t2', { initiator: 'N', cooperators: ['B'], items: ['b1', 'n1'] });
  await b.task('t3', { initiator: 'C', items: ['c1'], starts: '2024-10-01' }); // outside Q3

  // asOf is 2024-10-31: a certificate expiring that day is still valid, one expiring the day before is not.
  await b.inspector('i1', 'A', '2024-10-31');
  await b.inspector('i2', 'A', '2024-10-30');
  await b.inspector('i3', 'A', '2025-12-31');
  await b.inspector('i4', 'B', '2026-06-30');
  await b.inspector('i5', 'N', '2026-06-30'); // non-member

  await b.subject('s1', { type: 'ENTERPRISE', creditClass: 'A', registries: ['A', 'B'] });
  await b.subject('s2', { type: 'INDIVIDUAL_BUSINESS', registries: ['A'] });
  await b.subject('s3', { type: 'FARMERS_COOPERATIVE', creditClass: 'C', registries: ['B'] });
  await b.subject('s4', { type: 'PRODUCT', creditClass: 'A', registries: ['A'] }); // classified, but no market entity
  await b.subject('s5', { type: 'PROJECT' });
  await b.subject('s6', { type: 'OTHER' });
  await b.subject('s7', { type: 'ENTERPRISE' });
});

describe('department-level figures over member departments', () => {
  it('department coverage: members taking part in a task of T, over members', async () => {
    const k = await b.kpis();
    // A initiates t1, B cooperates in t2; C's task starts outside Q3; N is no member.
    expect(parts(k.department_coverage)).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(k.department_coverage.target).toEqual({ comparator: '>=', target: 1 });
    expect(k.department_coverage.met).toBe(false);
  });

  it('item coverage: items of members linked to a task of T, over items of members', async () => {
    const k = await b.kpis();
    // a1, b1 covered; a2 unused; c1 only in a task outside T; n1 belongs to a non-member.
    expect(parts(k.item_coverage)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(k.item_coverage.met).toBe(false);
  });

  it('inspector registry rate: valid certificates on asOf over the reported staff of members', async () => {
    const k = await b.kpis();
    // i1 (expires on asOf), i3, i4 valid; i2 expired the day before; N's i5 and its 10 staff are left out.
    expect(parts(k.inspector_registry_rate)).toEqual({ numerator: 3, denominator: 7, value: 3 / 7 });
    expect(k.inspector_registry_rate.target).toEqual({ comparator: '>=', target: 1 });
  });

  it('inspector registry rate one day later: the certificate expiring on 10-31 no longer counts', async () => {
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-11-01' });
    expect(parts(k.inspector_registry_rate)).toEqual({ numerator: 2, denominator: 7, value: 2 / 7 });
  });

  it('full coverage meets the targets', async () => {
    await b.task('t4', { initiator: 'C', cooperators: ['A'], items: ['a2', 'c1'], starts: '2024-09-01' });
    const k = await b.kpis();
    expect(parts(k.department_coverage)).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(parts(k.item_coverage)).toEqual({ numerator: 4, denominator: 4, value: 1 });
    expect(k.department_coverage.met).toBe(true);
    expect(k.item_coverage.met).toBe(true);
  });
});

describe('the subject registry', () => {
  it('counts every subject in the registry', async () => {
    const k = await b.kpis();
    expect(parts(k.subject_registry_size)).toEqual({ numerator: 7, denominator: null, value: 7 });
    expect(k.subject_registry_size.target).toBeNull();
    expect(k.subject_registry_size.met).toBeNull();
  });

  it('credit class coverage counts market entities only', async () => {
    const k = await b.kpis();
    // Market entities s1, s2, s3, s7; classified s1, s3. The classified product s4 is no market entity.
    expect(parts(k.credit_class_coverage)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(k.credit_class_coverage.target).toBeNull();
  });

  it('with a department filter, counts the subjects in that department’s registry', async () => {
    const a = await b.kpis(Q3_2024, { departmentCode: 'A' });
    expect(a.subject_registry_size.numerator).toBe(3); // s1, s2, s4
    expect(parts(a.credit_class_coverage)).toEqual({ numerator: 1, denominator: 2, value: 0.5 }); // s1 of s1, s2
    const bb = await b.kpis(Q3_2024, { departmentCode: 'B' });
    expect(bb.subject_registry_size.numerator).toBe(2); // s1, s3
    expect(parts(bb.credit_class_coverage)).toEqual({ numerator: 2, denominator: 2, value: 1 });
    const c = await b.kpis(Q3_2024, { departmentCode: 'C' });
    expect(c.subject_registry_size.numerator).toBe(0);
    expect(parts(c.credit_class_coverage)).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('does not depend on the period', async () => {
    const k = await b.kpis({ from: '2020-01-01', to: '2020-01-31' });
    expect(k.subject_registry_size.numerator).toBe(7);
    expect(parts(k.credit_class_coverage)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });
});
