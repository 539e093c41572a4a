import { Arg, Args, ArgsType, Authorized, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { kpiDefinition } from '../../metrics/definitions';
import {
  cachedDepartmentKpis, cachedDepartmentKpiTotals, cachedKpis, cachedKpiSeries, cachedKpiSeriesSet,
} from '../../metrics/cached-operations';
import type { KpiPeriod, SeriesPoint } from '../../metrics/operations';
import type { KpiFigure } from '../../metrics/scope';
import type { HubContext } from '../context';
import { buckets } from '../../domain/period';
import { checkedDate, checkedPageSize, checkedRegion, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_SERIES_POINTS } from '../input-checks';
import { asUserInput, kpiSetting, kpiSource } from '../kpi-setting';
import { decodeCursor, encodeCursor } from '../pagination';
import { badUserInput } from '../errors';
import { evidenceTable } from '../../metrics/evidence-table';
import { EVIDENCE_KIND_OF, EvidenceCellType, EvidenceKind, KpiEvidenceConnection, KpiPart } from '../types/kpi-evidence.type';
import {
  DepartmentKpisType, DepartmentKpiTotalsType, DepartmentRule, Granularity, KpiPeriodInput, KpiSeriesPointType, KpiSeriesType, KpiType, KpiUnit,
} from '../types/kpi.type';

function checkedKpiPeriod(period: KpiPeriodInput): KpiPeriod {
  return {
    from: checkedDate(period.from, 'period.from'),
    to: checkedDate(period.to, 'period.to'),
    asOf: period.asOf == null ? null : checkedDate(period.asOf, 'period.asOf'),
  };
}

function toKpi(figure: KpiFigure): KpiType {
  const definition = kpiDefinition(figure.key)!;
  return {
    key: figure.key,
    name: definition.name,
    unit: definition.unit as KpiUnit,
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    target: figure.target?.target ?? null,
    comparator: figure.target?.comparator ?? null,
    met: figure.met,
    definition: definition.definition,
    source: definition.source,
    periodAdditive: definition.periodAdditive,
    departmentRule: definition.departmentRule as DepartmentRule,
  };
}

function toPoint(p: SeriesPoint): KpiSeriesPointType {
  return { label: p.label, from: p.from, to: p.to, asOf: p.asOf, ...p.figure };
}

/**
 * A series' range, refused past MAX_SERIES_POINTS buckets. The cap is on points, the scopes of the one
 * statement; the KPIs of a set are that statement's columns, so it holds per key, as for kpiSeries.
 */
function checkedSeriesRange(from: string, to: string, asOf: string | null, granularity: Granularity, cumulative: boolean) {
  const range = { from: checkedDate(from, 'from'), to: checkedDate(to, 'to'), asOf: asOf == null ? null : checkedDate(asOf, 'asOf') };
  // Bounded before counting: a range of centuries would build its buckets only to refuse them.
  const count = Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) > MAX_SERIES_POINTS ? Infinity
    : buckets(range, granularity, cumulative).length;
  if (count > MAX_SERIES_POINTS) throw badUserInput(`趋势最多 ${MAX_SERIES_POINTS} 个点，请缩短期间或改用更粗的粒度`);
  return range;
}

@ArgsType()
class KpiFilterArgs {
  @Field(() => String, { nullable: true, description: '部门编码：只看该部门（发起或配合的任务、其检查结果、其名录库）' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '6 位行政区划代码：只看该区划内的部门（440000 含 44xxxx，442000 含 4420xx）' })
  regionCode?: string | null;
}

@ArgsType()
class KpiEvidenceArgs extends KpiFilterArgs {
  @Field(() => String, { description: '指标键' })
  key!: string;

  @Field(() => KpiPeriodInput, { description: '统计期间' })
  period!: KpiPeriodInput;

  @Field(() => KpiPart, { description: '分子或分母' })
  part!: KpiPart;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `每页条数，默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: '上一页的 pageInfo.endCursor' })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '倒序排列（默认正序）' })
  descending!: boolean;

  @Field(() => String, { nullable: true, description: '按哪一列排序（columns 中的列名）；不填按编号。明细超过 10000 条时只能按编号排序' })
  sortBy?: string | null;
}

/** The periods and filter of a trend, shared by kpiSeries and kpiSeriesSet. */
@ArgsType()
class SeriesArgs {
  @Field(() => String, { description: '起始日期，YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: '截止日期，YYYY-MM-DD' })
  to!: string;

  @Field(() => Granularity, { description: '粒度' })
  granularity!: Granularity;

  @Field(() => Boolean, { defaultValue: false, description: '是否按年累计（自当年 1 月 1 日起），通报常用' })
  cumulative!: boolean;

  @Field(() => String, { nullable: true, description: '部门编码' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '6 位行政区划代码' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '数据截至（观察日），YYYY-MM-DD，用于每个点；不填则每个点以其时间段的最后一天为观察日' })
  asOf?: string | null;
}

@Resolver()
export class KpiResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [KpiType], { description: '全部指标在某期间的数值、分子、分母、目标与是否达标' })
  kpis(
    @Arg('period', () => KpiPeriodInput, { description: '统计期间' }) period: KpiPeriodInput,
    @Args(() => KpiFilterArgs) filter: KpiFilterArgs,
    @Ctx() ctx: HubContext,
    @Arg('keys', () => [String], { nullable: true, description: '只算这些指标（指标键）；不填为全部，按指标目录的顺序' }) keys?: string[] | null,
  ): Promise<KpiType[]> {
    return asUserInput(async () => {
      const figures = await cachedKpis(kpiSource(ctx), checkedKpiPeriod(period), {
        departmentCode: filter.departmentCode, regionCode: checkedRegion(filter.regionCode),
      }, keys ?? null);
      return figures.map(toKpi);
    });
  }

  @Authorized(SIGNED_IN)
  @Query(() => [DepartmentKpisType], { description: '每个成员单位的全部指标与综合排名，用于通报排名表' })
  departmentKpis(
    @Arg('period', () => KpiPeriodInput, { description: '统计期间' }) period: KpiPeriodInput,
    @Ctx() ctx: HubContext,
    @Arg('keys', () => [String], {
      nullable: true, description: '每行只带这些指标（指标键）；不填为全部。综合得分与排名总按国务院督查的 14 项指标计算',
    }) keys?: string[] | null,
  ): Promise<DepartmentKpisType[]> {
    return asUserInput(async () => {
      const ranked = await cachedDepartmentKpis(kpiSource(ctx), checkedKpiPeriod(period), keys ?? null);
      return ranked.map((d) => ({ ...d, kpis: d.kpis.map(toKpi) }));
    });
  }

  @Authorized(SIGNED_IN)
  @Query(() => DepartmentKpiTotalsType, {
    description: '部门排名表（departmentKpis）的合计行、非成员单位行与每项指标的对账：成员单位之和 + 非成员单位 − 重复计数 = 合计',
  })
  departmentKpiTotals(
    @Arg('period', () => KpiPeriodInput, { description: '统计期间' }) period: KpiPeriodInput,
    @Ctx() ctx: HubContext,
  ): Promise<DepartmentKpiTotalsType> {
    return asUserInput(async () => {
      const totals = await cachedDepartmentKpiTotals(kpiSource(ctx), checkedKpiPeriod(period));
      return {
        total: totals.total.map(toKpi),
        nonMember: totals.nonMember.map(toKpi),
        nonMemberDepartments: totals.nonMemberDepartments,
        reconciliation: totals.reconciliation.map((r) => ({ ...r, rule: r.rule as DepartmentRule })),
      };
    });
  }

  @Authorized(SIGNED_IN)
  @Query(() => [KpiSeriesPointType], {
    description: `一项指标按月、季或年的趋势；不给 asOf 时每个点以该时间段的最后一天为观察日，给了则每个点都以 asOf 为观察日`
      + `（各期可加的指标，同一观察日下各月的分子、分母之和等于季度）；最多 ${MAX_SERIES_POINTS} 个点`,
  })
  kpiSeries(
    @Arg('key', () => String, { description: '指标键' }) key: string,
    @Args(() => SeriesArgs) { from, to, granularity, cumulative, departmentCode, regionCode, asOf }: SeriesArgs,
    @Ctx() ctx: HubContext,
  ): Promise<KpiSeriesPointType[]> {
    return asUserInput(async () => {
      const points = await cachedKpiSeries(kpiSource(ctx), key, checkedSeriesRange(from, to, asOf ?? null, granularity, cumulative),
        granularity, cumulative, { departmentCode: departmentCode ?? null, regionCode: checkedRegion(regionCode) });
      return points.map(toPoint);
    });
  }

  @Authorized(SIGNED_IN)
  @Query(() => [KpiSeriesType], {
    description: `多项指标在同一组时间段上的趋势，一次计算（驾驶舱的全部迷你趋势图）；参数同 kpiSeries，顺序同 keys，`
      + `重复的键只返回一次；每项指标最多 ${MAX_SERIES_POINTS} 个点`,
  })
  kpiSeriesSet(
    @Arg('keys', () => [String], { description: '指标键' }) keys: string[],
    @Args(() => SeriesArgs) { from, to, granularity, cumulative, departmentCode, regionCode, asOf }: SeriesArgs,
    @Ctx() ctx: HubContext,
  ): Promise<KpiSeriesType[]> {
    return asUserInput(async () => {
      const set = await cachedKpiSeriesSet(kpiSource(ctx), keys, checkedSeriesRange(from, to, asOf ?? null, granularity, cumulative),
        granularity, cumulative, { departmentCode: departmentCode ?? null, regionCode: checkedRegion(regionCode) });
      return set.map((s) => ({ key: s.key, points: s.points.map(toPoint) }));
    });
  }

  @Authorized(SIGNED_IN)
  @Query(() => KpiEvidenceConnection, { description: '指标分子或分母背后的明细行；totalCount 等于该分子或分母' })
  kpiEvidence(@Args(() => KpiEvidenceArgs) args: KpiEvidenceArgs, @Ctx() ctx: HubContext): Promise<KpiEvidenceConnection> {
    return asUserInput(async () => {
      const first = checkedPageSize(args.first);
      const cursor = decodeCursor(args.after);
      const offset = cursor ? Number(cursor[0]) : 0;
      if (!Number.isSafeInteger(offset) || offset < 0) throw badUserInput('分页游标 after 无效');
      const result = await evidenceTable(ctx.pool, await kpiSetting(ctx), args.key, checkedKpiPeriod(args.period), {
        departmentCode: args.departmentCode, regionCode: checkedRegion(args.regionCode),
      }, args.part, first, offset, { column: args.sortBy ?? null, descending: args.descending });
      const kind = result.kind as EvidenceKind;
      return {
        kind,
        columns: result.columns.map((c) => ({ name: c.header, type: c.type.toUpperCase() as EvidenceCellType })),
        totalCount: result.totalCount,
        nodes: result.rows.map((row) => ({
          key: row.key,
          note: row.note,
          cells: row.cells.map((v) => (v === null ? null : String(v))),
          link: row.link,
          node: Object.assign(row.record, { [EVIDENCE_KIND_OF]: kind }) as never,
        })),
        pageInfo: {
          hasNextPage: result.nextOffset !== null,
          endCursor: result.rows.length ? encodeCursor([String(offset + result.rows.length)]) : null,
        },
      };
    });
  }
}
