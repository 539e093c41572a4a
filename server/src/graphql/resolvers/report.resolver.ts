import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OFFICE_ONLY, SIGNED_IN } from '../../domain/roles';
import { TemplateError } from '../../reports/narrative';
import {
  draftReport, issueReport, previewOverview, reportChanges, ReportError, reportTemplate, saveTemplate,
} from '../../reports/report-operations';
import { placeholdersByKey, placeholdersByName } from '../../reports/placeholders';
import { findReport, listReports, updateReportText, type ReportRecord } from '../../store/repositories/report.repository';
import type { ReportTemplateRecord } from '../../store/repositories/report-template.repository';
import { audited } from '../../auth/audited';
import { actorOf, type HubContext } from '../context';
import { badUserInput } from '../errors';
import { checkedCount, checkedDate, checkedId, checkedPageSize, MAX_PAGE_SIZE, MAX_PARAGRAPHS } from '../input-checks';
import { kpiSetting } from '../kpi-setting';
import {
  NarrativeKind, ReportDraftInput, ReportFigureChangeType, ReportKind, ReportTemplateInput, ReportTemplateType, ReportTextInput, ReportType,
} from '../types/report.type';

// pg hands timestamptz over as a Date, which GraphQL's String would write as milliseconds: ISO 8601 instead.
// The office reads and writes KPI placeholders by Chinese name; they are stored by key.
const toType = (r: ReportRecord): ReportType => ({
  ...r, overview: placeholdersByName(r.overview), kind: r.kind as ReportKind, issuedAt: r.issuedAt === null ? null : new Date(r.issuedAt).toISOString(), downloadUrl: `/api/reports/${r.id}/file`,
});
const toTemplateType = (t: ReportTemplateRecord): ReportTemplateType => ({ ...t, overview: placeholdersByName(t.overview), kind: t.kind as NarrativeKind });
/** The office's words go into every later draft: a paragraph count beyond any circular is a mistake or abuse. */
function checkedWords<T extends { overview: string[]; requirements: string[] }>(text: T): T {
  checkedCount(text.overview, MAX_PARAGRAPHS, '总体情况段落');
  checkedCount(text.requirements, MAX_PARAGRAPHS, '工作要求段落');
  return text;
}
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
  @Authorized(SIGNED_IN)
  @Query(() => [ReportType], { description: '报告列表，新的在前：草稿与已签发' })
  async reports(
    @Arg('first', () => Int, { defaultValue: 50, description: `条数，默认 50，最多 ${MAX_PAGE_SIZE}` }) first: number, @Ctx() ctx: HubContext,
  ): Promise<ReportType[]> {
    return (await listReports(ctx.pool, checkedPageSize(first))).map(toType);
  }

  @Authorized(SIGNED_IN)
  @Query(() => ReportType, { nullable: true, description: '一份报告' })
  async report(@Arg('id', () => ID, { description: '报告编号' }) id: string, @Ctx() ctx: HubContext): Promise<ReportType | null> {
    const r = await findReport(ctx.pool, checkedId(id, '报告编号'));
    return r && toType(r);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [String], { description: '总体情况填入数字后的各段，编辑时预览用；占位符有误时报错' })
  reportPreview(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('overview', () => [String], { description: '待预览的各段；为空时预览草稿自己的文字' }) overview: string[],
    @Ctx() ctx: HubContext,
  ): Promise<string[]> {
    return userErrors(async () => previewOverview(ctx.pool, await kpiSetting(ctx), checkedId(id, '报告编号'), [...checkedCount(overview, MAX_PARAGRAPHS, '总体情况段落')]));
  }

  @Authorized(SIGNED_IN)
  @Query(() => ReportTemplateType, { description: '本单位的月总结或季通报模板；未保存过时为系统默认文字' })
  async reportTemplate(@Arg('kind', () => NarrativeKind, { description: '种类' }) kind: NarrativeKind, @Ctx() ctx: HubContext): Promise<ReportTemplateType> {
    return toTemplateType(await reportTemplate(ctx.pool, kind));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [ReportFigureChangeType], { description: '已签发报告所载指标中，实时数据现在给出不同分子或分母的' })
  reportChanges(@Arg('id', () => ID, { description: '报告编号' }) id: string, @Ctx() ctx: HubContext): Promise<ReportFigureChangeType[]> {
    return userErrors(async () => (await reportChanges(ctx.pool, await kpiSetting(ctx), checkedId(id, '报告编号')))
      .map((c) => ({ key: c.key, name: c.name, issued: parts(c.issued), now: parts(c.now) })));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => ReportType, { description: '新建报告草稿；月总结、季通报的文字取本单位模板' })
  createReport(@Arg('input', () => ReportDraftInput, { description: '种类、期间与部门' }) input: ReportDraftInput, @Ctx() ctx: HubContext): Promise<ReportType> {
    return userErrors(async () => {
      const to = checkedDate(input.to, 'input.to');
      const request = {
        kind: input.kind, from: checkedDate(input.from, 'input.from'), to,
        asOf: input.asOf ? checkedDate(input.asOf, 'input.asOf') : null, departmentCode: input.departmentCode || null,
      };
      return toType(await audited(ctx.pool, actorOf(ctx), { action: 'REPORT_DRAFT', target: `${input.kind} ${request.from}—${request.to}`, after: (r) => ({ id: r.id, ...request }) },
        (db) => draftReport(db, request)));
    });
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => ReportTemplateType, { description: '保存本单位模板：以后新建的该种报告草稿用这些文字；占位符有误时不保存' })
  saveReportTemplate(
    @Arg('kind', () => NarrativeKind, { description: '种类' }) kind: NarrativeKind,
    @Arg('template', () => ReportTemplateInput, { description: '发文机关与文字' }) template: ReportTemplateInput,
    @Ctx() ctx: HubContext,
  ): Promise<ReportTemplateType> {
    checkedWords(template);
    return userErrors(async () => toTemplateType(await audited(ctx.pool, actorOf(ctx), {
      action: 'REPORT_TEMPLATE_SAVE', target: kind, before: (db) => reportTemplate(db, kind),
    }, (db) => saveTemplate(db, { kind, ...template }))));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => ReportType, { description: '修改草稿中办公室撰写的部分；已签发的报告不能修改' })
  updateReportText(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('text', () => ReportTextInput, { description: '文字' }) text: ReportTextInput,
    @Ctx() ctx: HubContext,
  ): Promise<ReportType> {
    return userErrors(async () => {
      checkedId(id, '报告编号');
      checkedWords(text);
      const pick = (r: ReportRecord | null) => r && { office: r.office, number: r.number, overview: r.overview, requirements: r.requirements };
      const updated = await audited(ctx.pool, actorOf(ctx), { action: 'REPORT_EDIT', target: `报告 ${id}`, before: async (db) => pick(await findReport(db, id)), after: pick },
        async (db) => {
          const r = await updateReportText(db, id, { ...text, overview: placeholdersByKey(text.overview) });
          if (!r) throw new ReportError(`报告 ${id} 不存在`);
          return r;
        });
      return toType(updated);
    });
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => ReportType, { description: '签发：按当前数据生成文件并冻结其数字与文件，记下签发人与时间' })
  issueReport(
    @Arg('id', () => ID, { description: '报告编号' }) id: string,
    @Arg('issuedBy', () => String, { nullable: true, description: '签发人显示的姓名；不填为账号的姓名。签发账号总是当前登录的账号' }) issuedBy: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ReportType> {
    checkedId(id, '报告编号');
    const actor = actorOf(ctx);
    const issuer = { username: actor.username, displayName: issuedBy?.trim() || actor.name || actor.username };
    return userErrors(async () => {
      const setting = await kpiSetting(ctx);
      return toType(await audited(ctx.pool, actor, {
        action: 'REPORT_ISSUE', target: `报告 ${id}`, after: (r) => ({ id: r.id, kind: r.kind, fileName: r.fileName, issuedBy: r.issuedBy }),
      }, (db) => issueReport(db, setting, id, issuer, ctx.publicUrl)));
    });
  }
}
