import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.type';

@ObjectType('Department', { description: '部门：联席会议成员单位或其他监管部门' })
export class DepartmentType {
  @Field(() => String, { description: '部门编码' })
  code!: string;

  @Field(() => String, { description: '部门名称' })
  name!: string;

  @Field(() => String, { description: '所属行政区划代码（6 位）' })
  regionCode!: string;

  @Field(() => Int, { description: '持证执法人员数（部门填报，入库率的分母）' })
  qualifiedStaff!: number;

  @Field(() => Boolean, { description: '是否联席会议成员单位' })
  isMember!: boolean;

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('DepartmentConnection', { description: '部门分页列表' })
export class DepartmentConnection extends Connection(DepartmentType, '部门') {}
