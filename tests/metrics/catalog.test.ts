import { describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';
import { assertCatalog, catalogProblems } from '../../server/src/metrics/catalog-check';
import { all, any, conditionSql, not } from '../../server/src/metrics/conditions';
import { KPI_DEFINITIONS, type KpiDefinition } from '../../server/src/metrics/definitions';
import { SqlParams } from '../../server/src/metrics/sql-params';
import { useTestDatabase } from '../support/database';

const entry = (over: Partial<KpiDefinition>): KpiDefinition => ({ ...KPI_DEFINITIONS.find((k) => k.key === KPI.jointTaskShare)!, ...over });

describe('the KPI catalogue', () => {
  it('matches the base sets it counts', () => {
    expect(catalogProblems()).toEqual([]);
    expect(() => assertCatalog()).not.toThrow();
  });

  it('fails at boot on a column its base does not declare, a sum a tally cannot give, a missing key constant', () => {
    const wrong = [
      entry({ numerator: { base: 'task', where: all('is_joint', 'is_jiont') } }),
      entry({ key: 'subject_registry_size', unit: 'COUNT', denominator: null, numerator: { base: 'subject', where: true, sum: 'staff' } }),
      entry({ key: 'new_thing' }),
    ];
    expect(catalogProblems(wrong)).toEqual([
      'joint_task_share numerator: task has no flag column is_jiont',
      'subject_registry_size numerator: subject has no number column staff',
      'subject_registry_size numerator: a sum over the subject tally is not defined',
      'new_thing: no constant in domain/kpi-keys.ts',
      ...Object.values(KPI).filter((k) => !['joint_task_share', 'subject_registry_size'].includes(k))
        .map((k) => `${k}: a constant in domain/kpi-keys.ts without a catalogue entry`),
    ]);
    expect(() => assertCatalog(wrong)).toThrow('the KPI catalogue does not match the base sets');
  });

  it('writes conditions as SQL over the declared columns', () => {
    expect(conditionSql(all('credit_tiered', any('timely', not('late'))))).toBe('(credit_tiered and (timely or (not late)))');
    expect(conditionSql(true)).toBe('true');
  });

  it('numbers SQL parameters by first use, each once, typed', () => {
    const params = new SqlParams({ from: { value: '2024-01-01', type: 'date' }, codes: { value: ['A'], type: 'text[]' } });
    const { p } = params;
    expect(`${p.codes} ${p.from} ${p.codes} ${params.add('limit', 5, 'int')}`).toBe('$1::text[] $2::date $1::text[] $3::int');
    expect(params.values).toEqual([['A'], '2024-01-01', 5]);
    expect(() => params.ref('nothing')).toThrow('unknown SQL parameter nothing');
  });
});

describe('default targets', () => {
  const db = useTestDatabase();

  it('are the national rows the first migration seeded, so neither can drift from the other', async () => {
    const { rows } = await db().pool.query(
      `select kpi_key, comparator, target::float8 as target from kpi_target where (year, jurisdiction) = (2019, '000000') order by kpi_key`,
    );
    const defaults = KPI_DEFINITIONS.filter((k) => k.defaultTarget).map((k) => ({ kpi_key: k.key, ...k.defaultTarget }))
      .sort((a, b) => a.kpi_key.localeCompare(b.kpi_key));
    expect(rows).toEqual(defaults.map((d) => ({ kpi_key: d.kpi_key, comparator: d.comparator, target: d.target })));
    expect(rows.map((r) => r.kpi_key)).toEqual([
      'credit_tiered_task_share', 'department_coverage', 'inspector_registry_rate', 'item_coverage', 'overdue_tasks',
      'plans_entered_on_time', 'publication_rate', 'tier_ratio_compliance', 'timely_publication_rate',
    ]);
  });
});
