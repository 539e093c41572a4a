import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FollowUp, InspectionMethod, ResultCategory } from '../../domain/vocabulary';
import type { PublicationStatus } from '../../store/repositories/inspection.repository';
import { Connection } from './connection.type';
import { FollowUpEnum, InspectionMethodEnum, PublicationStatusEnum, ResultCategoryEnum } from './enums';
import { DepartmentRefType, InspectorRefType, SubjectRefType, TaskRefType } from './refs.type';

/** 公示期限 and 公示时效 are field resolvers (they need the calendar and an `asOf` day), declared in InspectionResolver. */
@ObjectType('Inspection', { description: '检查结果：一个部门在一项抽查任务中对一个检查对象的检查结果' })
export class InspectionType {
  @Field(() => ID, { description: '检查结果编号' })
  id!: string;

  @Field(() => TaskRefType, { description: '所属抽查任务' })
  task!: TaskRefType;

  @Field(() => SubjectRefType, { description: '检查对象' })
  subject!: SubjectRefType;

  @Field(() => DepartmentRefType, { description: '检查部门（谁检查、谁录入、谁公开）' })
  department!: DepartmentRefType;

  @Field(() => String, { description: '检查日期，YYYY-MM-DD' })
  inspectedOn!: string;

  @Field(() => [InspectionMethodEnum], { description: '检查方式（可多项）' })
  methods!: InspectionMethod[];

  @Field(() => [ResultCategoryEnum], { description: '检查结果类别（可多项）' })
  categories!: ResultCategory[];

  @Field(() => Boolean, { description: '是否发现问题：结果类别含任一问题类别' })
  foundProblem!: boolean;

  @Field(() => String, { nullable: true, description: '公示日期，YYYY-MM-DD；未公示时为 null' })
  publishedOn!: string | null;

  @Field(() => PublicationStatusEnum, { description: '公示状态' })
  status!: PublicationStatus;

  @Field(() => FollowUpEnum, { nullable: true, description: '后续处置' })
  followUp!: FollowUp | null;

  @Field(() => [InspectorRefType], { description: '执法检查人员' })
  inspectors!: InspectorRefType[];

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('InspectionConnection', { description: '检查结果分页列表' })
export class InspectionConnection extends Connection(InspectionType, '检查结果') {}
