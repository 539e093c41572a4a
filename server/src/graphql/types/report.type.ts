import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ReportKind {
  SUMMARY = 'summary',
  CIRCULAR = 'circular',
  SELF_EVALUATION = 'self-evaluation',
  STATISTICS = 'statistics',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: '报告种类',
  valuesConfig: {
    SUMMARY: { description: '月总结（.docx）' }, CIRCULAR: { description: '季通报（.docx）' },
    SELF_EVALUATION: { description: '自评表（.docx）' }, STATISTICS: { description: '推进“双随机、一公开”统计表（.xlsx）' },
  },
});

/** The office's words, as a draft holds them, a template keeps them and the API takes them back. */
@ObjectType()
@InputType()
export abstract class ReportWords {
  @Field(() => String, { description: '发文机关' })
  office!: string;

  @Field(() => [String], { description: '总体情况的各段，可含占位符，如 {{数值:部门联合抽查占比}}' })
  overview!: string[];

  @Field(() => [String], { description: '下一步工作要求的各段' })
  requirements!: string[];
}

@ObjectType('Report', { description: '月总结、季通报、自评表或统计表：草稿，或已签发（内容冻结）' })
export class ReportType extends ReportWords {
  @Field(() => ID, { description: '报告编号' })
  id!: string;

  @Field(() => ReportKind, { description: '种类' })
  kind!: ReportKind;

  @Field(() => String, { description: '统计期间起始日期' })
  from!: string;

  @Field(() => String, { description: '统计期间截止日期' })
  to!: string;

  @Field(() => String, { description: '数据截至日期（观察日）' })
  asOf!: string;

  @Field(() => String, { description: '文号' })
  number!: string;

  @Field(() => String, { nullable: true, description: '报告所针对的成员单位代码；为空表示全辖区' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: '报告所针对的成员单位名称' })
  departmentName!: string | null;

  @Field(() => String, { description: 'DRAFT（草稿）或 ISSUED（已签发）' })
  status!: string;

  @Field(() => String, { nullable: true, description: '签发时保存的文件名' })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: '签发人（显示的姓名）' })
  issuedBy!: string | null;

  @Field(() => String, { nullable: true, description: '签发账号：签发时登录的用户名' })
  issuedByUsername!: string | null;

  @Field(() => String, { nullable: true, description: '签发时间' })
  issuedAt!: string | null;

  @Field(() => String, { description: '下载地址：已签发的为签发时的文件，草稿按当前数据生成' })
  downloadUrl!: string;
}

@InputType('ReportDraftInput', { description: '新建报告草稿' })
export class ReportDraftInput {
  @Field(() => ReportKind, { description: '种类' })
  kind!: ReportKind;

  @Field(() => String, { description: '统计期间起始日期，YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: '统计期间截止日期，YYYY-MM-DD' })
  to!: string;

  @Field(() => String, { nullable: true, description: '数据截至日期，默认为新建草稿之日（季通报、月总结即其成文日期）' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: '只写一个成员单位时填其代码（月总结、季通报、自评表）；不填为全辖区' })
  departmentCode?: string | null;
}

@ObjectType('ReportFigureChange', { description: '签发后实时数据与报告所载不同的指标' })
export class ReportFigureChangeType {
  @Field(() => String, { description: '指标键' })
  key!: string;

  @Field(() => String, { description: '指标名称' })
  name!: string;

  @Field(() => String, { description: '报告所载：分子 / 分母' })
  issued!: string;

  @Field(() => String, { description: '现在：分子 / 分母' })
  now!: string;
}

export enum NarrativeKind {
  SUMMARY = 'summary',
  CIRCULAR = 'circular',
}
registerEnumType(NarrativeKind, {
  name: 'NarrativeKind',
  description: '有文字部分的报告种类',
  valuesConfig: { SUMMARY: { description: '月总结' }, CIRCULAR: { description: '季通报' } },
});

@ObjectType('ReportTemplate', { description: '本单位的报告模板：新建该种报告草稿时的发文机关与文字' })
export class ReportTemplateType extends ReportWords {
  @Field(() => NarrativeKind, { description: '种类' })
  kind!: NarrativeKind;

  @Field(() => String, { nullable: true, description: '保存时间；为空表示尚未保存，用的是系统默认文字' })
  updatedAt!: string | null;
}

@InputType('ReportTemplateInput', { description: '保存为本单位模板的发文机关与文字' })
export class ReportTemplateInput extends ReportWords {}

/** A draft's words are the template's plus its own number. */
@InputType('ReportTextInput', { description: '报告中由办公室撰写的部分' })
export class ReportTextInput extends ReportTemplateInput {
  @Field(() => String, { description: '文号' })
  number!: string;
}
