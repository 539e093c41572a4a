import { Field, ObjectType } from 'type-graphql';

@ObjectType('DepartmentRef', { description: '关联的部门' })
export class DepartmentRefType {
  @Field(() => String, { description: '部门编码' })
  code!: string;

  @Field(() => String, { description: '部门名称' })
  name!: string;
}

@ObjectType('InspectionItemRef', { description: '关联的抽查事项' })
export class InspectionItemRefType {
  @Field(() => String, { description: '事项编码' })
  code!: string;

  @Field(() => String, { description: '事项名称' })
  name!: string;
}

@ObjectType('PlanRef', { description: '关联的抽查计划' })
export class PlanRefType {
  @Field(() => String, { description: '计划编号' })
  code!: string;

  @Field(() => String, { description: '计划名称' })
  name!: string;
}

@ObjectType('TaskRef', { description: '关联的抽查任务' })
export class TaskRefType {
  @Field(() => String, { description: '任务编号' })
  code!: string;

  @Field(() => String, { description: '任务名称' })
  name!: string;
}

@ObjectType('SubjectRef', { description: '关联的检查对象' })
export class SubjectRefType {
  @Field(() => String, { description: '统一社会信用代码、注册号或检查对象编码' })
  code!: string;

  @Field(() => String, { description: '检查对象名称' })
  name!: string;
}

@ObjectType('InspectorRef', { description: '关联的执法检查人员' })
export class InspectorRefType {
  @Field(() => String, { description: '执法证号' })
  certificateNo!: string;

  @Field(() => String, { description: '姓名' })
  name!: string;
}
