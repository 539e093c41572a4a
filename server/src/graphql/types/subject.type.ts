import { Field, Int, ObjectType } from 'type-graphql';
import type { CreditClass, SubjectType as SubjectTypeCode } from '../../domain/vocabulary';
import type { SubjectCodeKind } from '../../store/entities/subject.entity';
import { Connection } from './connection.type';
import { CreditClassEnum, SubjectCodeKindEnum, SubjectTypeEnum } from './enums';
import { DepartmentRefType } from './refs.type';

@ObjectType('Subject', { description: '检查对象：检查对象名录库中的一个市场主体、产品或项目' })
export class SubjectType {
  @Field(() => String, { description: '统一社会信用代码、注册号或检查对象编码' })
  code!: string;

  @Field(() => SubjectCodeKindEnum, { description: '标识的种类' })
  codeKind!: SubjectCodeKind;

  @Field(() => String, { description: '名称' })
  name!: string;

  @Field(() => SubjectTypeEnum, { description: '检查对象类型' })
  subjectType!: SubjectTypeCode;

  @Field(() => String, { nullable: true, description: '国民经济行业分类代码（GB/T 4754-2017）' })
  industryCode!: string | null;

  @Field(() => String, { description: '所在行政区划代码（6 位）' })
  regionCode!: string;

  @Field(() => CreditClassEnum, { nullable: true, description: '企业信用风险分类；未分类时为 null' })
  creditClass!: CreditClass | null;

  @Field(() => [DepartmentRefType], { description: '入库部门：名录库中收录该对象的部门' })
  registryDepartments!: DepartmentRefType[];

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('SubjectConnection', { description: '检查对象分页列表' })
export class SubjectConnection extends Connection(SubjectType, '检查对象') {}
