import type { Scope } from './scope';

/**
 * The base sets a KPI can count, and what each offers the catalogue: the flag columns a condition
 * may test, the number columns a part may sum, what its evidence rows are and how they are
 * explained. Their SQL is in ctes.ts (`b_<name>`); the catalogue (definitions.ts) is checked
 * against these declarations when the server starts (catalog-check.ts).
 */
export type BaseName = 'task' | 'result' | 'department' | 'item' | 'inspector' | 'subject' | 'plan' | 'saved_visit'
  | 'visit' | 'repeat_subject' | 'over_cap_subject';

export interface BaseSet {
  /** Boolean columns of `b_<name>`, for conditions. */
  flags: readonly string[];
  /** Numeric columns of `b_<name>`, for sums. */
  numbers: readonly string[];
  /** What an evidence row is (the GraphQL KpiEvidence.kind). */
  evidenceKind: string;
  /** Why a row counts, in the evaluator's words: SQL over the set's columns. */
  note: string;
  /**
   * The facts a row's evidence columns need that its record alone does not give, as of the scope's
   * cut-off (`$.evidenceAsOf`): SQL yielding json. Dates published or completed after the
   * cut-off are left out, as the figure leaves them out.
   */
  facts: ($: Record<string, string>) => string;
  /** What the league table's rows count more than once, for the footnote of 合计 (totals.ts). */
  repeated?: string;
  /**
   * Where the figures are counted from, when not from the rows: a tally with some of the set's
   * flags and a count per combination. The evidence still lists the rows themselves.
   */
  tally?: { cte: string; count: string; flags: readonly string[]; applies?: (scopes: readonly Scope[]) => boolean };
  /**
   * Flags that cost a join of their own: the parts reading any of them are computed in a statement
   * of their own, from `tally` (which must offer every flag such a part reads), so that the base's
   * other parts do not pay for the join, and these parts not for the rest of the base.
   */
  costly?: { flags: readonly string[]; tally: { cte: string; count: string; flags: readonly string[] } };
}

const JOINT_REPEATED = '联合抽查任务在发起部门和每个配合部门各计一次，合计中只计一次';

export const BASE_SETS: Record<BaseName, BaseSet> = {
  task: {
    flags: ['is_joint', 'credit_tiered', 'has_class_counts', 'complies', 'overdue'],
    numbers: [],
    evidenceKind: 'TASK',
    note: `concat_ws('；',
      case when is_joint then '联合抽查' end,
      case when credit_tiered then '信用风险分类抽查' end,
      violations,
      case when overdue then '超期：截止日期 ' || due_on || coalesce('，完成日期 ' || completed_on, '，未完成') end)`,
    facts: ($) => `json_build_object(
      'completedOn', case when completed_on <= ${$.evidenceAsOf} then completed_on end,
      'status', case when completed_on <= ${$.evidenceAsOf} then case when completed_on > due_on then '逾期完成' else '按期完成' end
                     when due_on < ${$.evidenceAsOf} then '超期未完成' else '进行中' end,
      'violations', violations)`,
    repeated: JOINT_REPEATED,
    costly: {
      flags: ['has_class_counts', 'complies'],
      tally: { cte: 'task_class_tally', count: 'tasks', flags: ['credit_tiered', 'has_class_counts', 'complies'] },
    },
  },
  result: {
    flags: ['found_problem', 'published', 'timely', 'late'],
    numbers: [],
    evidenceKind: 'INSPECTION',
    note: `concat_ws('；', '检查日期 ' || inspected_on, '公示期限 ' || deadline,
      case when published then '公示日期 ' || published_on || case when timely then '（按时）' else '（逾期）' end
           else '未公示' || case when late then '（已超期限）' else '' end end,
      case when found_problem then '发现问题' end)`,
    facts: () => `json_build_object(
      'deadline', deadline,
      'publishedOn', case when published then published_on end,
      'status', case when published then case when timely then '按时' else '逾期' end
                     else case when late then '逾期未公示' else '期限内未公示' end end)`,
    // Grouping pays where periods overlap or follow each other (series, year to date), and for
    // the whole jurisdiction, whose cells the database keeps (result_day_tally); for one period of
    // a department or region, or one per department, reading the rows by index is faster (docs/benchmarks).
    tally: {
      cte: 'result_tally', count: 'results', flags: ['found_problem', 'published', 'timely', 'late'],
      applies: (scopes) => new Set(scopes.map((s) => `${s.from}/${s.to}`)).size > 1
        || scopes.every((s) => !s.departmentCode && !s.departmentGroup && s.regionPrefix === null),
    },
  },
  department: {
    flags: ['participates'],
    numbers: ['qualified_staff'],
    evidenceKind: 'DEPARTMENT',
    note: `'持证执法人员数 ' || qualified_staff || case when participates then '' else '；期间内未参与抽查任务' end`,
    facts: () => `json_build_object('participates', participates)`,
  },
  item: {
    flags: ['covered'],
    numbers: [],
    evidenceKind: 'INSPECTION_ITEM',
    note: `case when covered then null else '期间内未被任何抽查任务使用' end`,
    facts: () => `json_build_object('covered', covered)`,
    repeated: '事项被其所属部门未参与的任务使用时，计入合计而不计入所属部门',
  },
  inspector: {
    flags: ['valid'],
    numbers: [],
    evidenceKind: 'INSPECTOR',
    note: `'执法证有效期至 ' || certificate_expires_on || case when valid then '' else '（已过期）' end`,
    facts: () => `json_build_object('valid', valid)`,
    tally: { cte: 'inspector_tally', count: 'inspectors', flags: ['valid'], applies: (scopes) => scopes.length > 1 },
  },
  subject: {
    flags: ['market_entity', 'classified'],
    numbers: [],
    evidenceKind: 'SUBJECT',
    note: `case when not market_entity then '非市场主体' when not classified then '未标注信用风险等级' end`,
    facts: () => `null::json`,
    repeated: '一户检查对象登记于几个部门的名录库，就在这几个部门各计一次，合计中只计一次；未登记于任何部门名录库的对象只计入合计',
    // The registry's counts, kept by the database (kpi_facts and region_registry_tally
    // migrations). Regions are tallied by code prefix; the empty prefix (000000, the whole country) is not.
    tally: {
      cte: 'subject_tally', count: 'subjects', flags: ['market_entity', 'classified'],
      applies: (scopes) => scopes.every((s) => s.regionPrefix !== ''),
    },
  },
  plan: {
    flags: ['on_time'],
    numbers: [],
    evidenceKind: 'PLAN',
    note: `'录入日期 ' || entered_on || case when on_time then '（按时）' else '（逾期）' end`,
    facts: () => `json_build_object('onTime', on_time)`,
    repeated: '联合抽查计划在发起部门和每个配合部门各计一次，合计中只计一次',
  },
  saved_visit: {
    flags: [],
    numbers: [],
    evidenceKind: 'SAVED_VISIT',
    note: `'配合部门 ' || department_code || ' 随同检查，免于单独上门'`,
    facts: () => `null::json`,
    repeated: JOINT_REPEATED,
    tally: { cte: 'saved_visit_tally', count: 'visits', flags: [] },
  },
  // 检查频次 (visits/visit-bases.ts): a visit is a subject and a day; the other two are subjects.
  visit: {
    flags: ['joint'],
    numbers: [],
    evidenceKind: 'VISIT',
    note: `case when joint then '联合上门：' || cardinality(departments) || ' 个部门同日检查' end`,
    facts: () => `json_build_object('joint', joint)`,
    repeated: '几个部门同日到一户检查，在每个到场部门各计一次，合计中只计一次',
  },
  repeat_subject: {
    flags: [],
    numbers: [],
    evidenceKind: 'SUBJECT',
    note: `'重复上门：' || pairs`,
    facts: () => `null::json`,
    repeated: '重复上门的两次检查分属两个部门，在两个部门各计一次，合计中只计一次',
  },
  over_cap_subject: {
    flags: [],
    numbers: [],
    evidenceKind: 'SUBJECT',
    note: `'超过年度检查次数上限：' || days`,
    facts: () => `null::json`,
    repeated: '一户检查对象被几个部门各自超限检查，在这几个部门各计一次，合计中只计一次',
  },
};

/** Whether a part reading these columns is computed from its base's costly tally. */
export function readsCostly(base: BaseName, columns: readonly string[]): boolean {
  const costly = BASE_SETS[base].costly;
  return !!costly && columns.some((c) => costly.flags.includes(c));
}

/** The tally a statement over these scopes counts from, if any (the costly one for parts reading costly flags). */
export function tallyFor(base: BaseName, scopes: readonly Scope[], costly = false): { cte: string; count: string } | undefined {
  if (costly) return BASE_SETS[base].costly!.tally;
  const tally = BASE_SETS[base].tally;
  return tally && (tally.applies?.(scopes) ?? true) ? tally : undefined;
}
