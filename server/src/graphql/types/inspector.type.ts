import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.type';
import { DepartmentRefType } from './refs.type';

@ObjectType('Inspector', { description: '执法检查人员：执法检查人员名录库中的一人' })
export class InspectorType {
  @Field(() => String, { description: '执法证号' })
  certificateNo!: string;

  @Field(() => String, { description: '姓名' })
  name!: string;

  @Field(() => DepartmentRefType, { description: '所属部门' })
  department!: DepartmentRefType;

  @Field(() => String, { description: '执法证有效期至，YYYY-MM-DD' })
  certificateExpiresOn!: string;

  @Field(() => String, { nullable: true, description: '业务专长' })
  expertise!: string | null;

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('InspectorConnection', { description: '执法检查人员分页列表' })
export class InspectorConnection extends Connection(InspectorType, '执法检查人员') {}
