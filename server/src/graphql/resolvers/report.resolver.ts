import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DEFAULT_OVERVIEW, DEFAULT_REQUIREMENTS, fillTemplate, TemplateError } from '../../reports/narrative';
import { gatherCircularData } from '../../reports/circular-data';
import { issueReport, reportChanges, ReportError } from '../../reports/report-operations';
import { findReport, insertReport, listReports, updateReportText, type ReportRecord } from '../../store/repositories/report.repository';
import type { HubContext } from '../context';
import { badUserInput } from '../errors';
import { checkedDate } from '../input-checks';
import { kpiSetting } from '../kpi-setting';
import { ReportDraftInput, ReportFigureChangeType, ReportKind, ReportTextInput, ReportType } from '../types/report.type';

const toType = (r: ReportRecord): ReportType => ({ ...r, kind: r.kind as ReportKind, downloadUrl: `/api/reports/${r.id}/file` });
const parts = (p: { numerator: number; denominator: number | null }) => (p.denominator === null ? String(p.numerator) : `${p.numerator} / ${p.denominator}`);

async function userErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof ReportError || error instanceof TemplateError) throw badUserInput(error.message);
    if ((error as { constraint?: string }).constraint === 'report_frozen') throw badUserInput((error as Error).message);
    throw error;
  }
}

@Resolver()
export class ReportResolver {
  @Query(() => [ReportType], { description: '报告列表，新的在前：草稿与已签发' })
  async reports(@Arg('first', () => Int, { defaultValue: 50, description: '条数' }) first: number, @Ctx() ctx: HubContext): Promise<ReportType[]> {
    return (await listReports(ctx.pool, Math.min(Math.max(first, 0), 500))).map(toType);
  }

  @Query(() => ReportType, { nullable: true, description: '一份报告' })
  async report(@Arg('id', () => ID, { description: '报告编号' }) id: string, @Ctx() ctx: HubContext): Promise<ReportType | null> {
    const r = await findReport(ctx.pool, id);
    return r && toType(r);
  }

  @Query(() => [String], { description: '总体情况填入数字后的各段，编辑时预览用；占位符有误时报错' })
  reportPreview(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('overview', () => [String], { description: '待预览的各段' }) overview: string[],
    @Ctx() ctx: HubContext,
  ): Promise<string[]> {
    return userErrors(async () => {
      const r = await findReport(ctx.pool, id);
      if (!r) throw new ReportError(`报告 ${id} 不存在`);
      const kind = r.kind === 'summary' ? 'summary' : 'circular';
      const data = await gatherCircularData(ctx.pool, await kpiSetting(ctx), kind, { from: r.from, to: r.to, asOf: r.asOf });
      return fillTemplate(overview.length ? overview : DEFAULT_OVERVIEW, data);
    });
  }

  @Query(() => [ReportFigureChangeType], { description: '已签发报告所载指标中，实时数据现在给出不同分子或分母的' })
  reportChanges(@Arg('id', () => ID, { description: '报告编号' }) id: string, @Ctx() ctx: HubContext): Promise<ReportFigureChangeType[]> {
    return userErrors(async () => (await reportChanges(ctx.pool, await kpiSetting(ctx), id))
      .map((c) => ({ key: c.key, name: c.name, issued: parts(c.issued), now: parts(c.now) })));
  }

  @Mutation(() => ReportType, { description: '新建报告草稿，办公室的文字取默认模板' })
  createReport(@Arg('input', () => ReportDraftInput, { description: '种类与期间' }) input: ReportDraftInput, @Ctx() ctx: HubContext): Promise<ReportType> {
    return userErrors(async () => {
      const from = checkedDate(input.from, 'input.from');
      const to = checkedDate(input.to, 'input.to');
      if (to < from) throw new ReportError(`截止日期 ${to} 早于起始日期 ${from}`);
      const narrative = input.kind === ReportKind.SUMMARY || input.kind === ReportKind.CIRCULAR;
      return toType(await insertReport(ctx.pool, {
        kind: input.kind, from, to, asOf: input.asOf ? checkedDate(input.asOf, 'input.asOf') : to,
        office: '“双随机、一公开”监管工作联席会议办公室', number: '',
        overview: narrative ? DEFAULT_OVERVIEW : [], requirements: narrative ? DEFAULT_REQUIREMENTS : [],
      }));
    });
  }

  @Mutation(() => ReportType, { description: '修改草稿中办公室撰写的部分；已签发的报告不能修改' })
  updateReportText(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('text', () => ReportTextInput, { description: '文字' }) text: ReportTextInput,
    @Ctx() ctx: HubContext,
  ): Promise<ReportType> {
    return userErrors(async () => {
      const updated = await updateReportText(ctx.pool, id, text);
      if (!updated) throw new ReportError(`报告 ${id} 不存在`);
      return toType(updated);
    });
  }

  @Mutation(() => ReportType, { description: '签发：按当前数据生成文件并冻结其数字与文件，记下签发人与时间' })
  issueReport(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('issuedBy', () => String, { description: '签发人' }) issuedBy: string,
    @Ctx() ctx: HubContext,
  ): Promise<ReportType> {
    return userErrors(async () => toType(await issueReport(ctx.pool, await kpiSetting(ctx), id, issuedBy)));
  }
}
