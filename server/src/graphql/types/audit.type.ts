import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from './connection.type';

@ObjectType('AuditEntry', { description: '一条操作记录' })
export class AuditEntryType {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field(() => String, { description: '时间（ISO 8601）' })
  at!: string;

  @Field(() => String, { description: '操作人：账号用户名，命令行操作为服务器上的系统用户' })
  username!: string;

  @Field(() => String, { nullable: true, description: '角色代码；命令行操作为空' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '角色的中文名' })
  roleName!: string | null;

  @Field(() => String, { nullable: true, description: '操作人所属部门代码（成员单位账号）' })
  departmentCode!: string | null;

  @Field(() => String, { description: '来源：web（驾驶舱）、api（脚本）、cli（服务器命令行）' })
  source!: string;

  @Field(() => String, { nullable: true, description: '客户端地址' })
  clientAddress!: string | null;

  @Field(() => String, { description: '操作代码，如 IMPORT、LOGIN、REPORT_ISSUE' })
  action!: string;

  @Field(() => String, { description: '操作的中文名' })
  actionName!: string;

  @Field(() => String, { nullable: true, description: '操作对象，如账号、报告编号、导入批次' })
  target!: string | null;

  @Field(() => String, { nullable: true, description: '详情（JSON）：修改前后的值、导入的文件与条数等' })
  detail!: string | null;
}

@ObjectType('AuditConnection', { description: '操作记录列表，新的在前' })
export class AuditConnection extends Connection(AuditEntryType, '操作记录') {}

@InputType('AuditFilter', { description: '操作记录的筛选条件' })
export class AuditFilterInput {
  @Field(() => String, { nullable: true, description: '操作人用户名' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: '操作代码（含此文字即可，如 IMPORT）' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: '起始日期（含，YYYY-MM-DD，北京时间）' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '截止日期（含，YYYY-MM-DD，北京时间）' })
  to?: string | null;
}
