import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ROLE_NAMES, type Role } from '../../domain/roles';

export const RoleEnum = Object.fromEntries(Object.keys(ROLE_NAMES).map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: '角色',
  valuesConfig: Object.fromEntries(Object.entries(ROLE_NAMES).map(([r, name]) => [r, { description: name }])),
});

@ObjectType('User', { description: '已登录的账号' })
export class UserType {
  @Field(() => String, { description: '用户名' })
  username!: string;

  @Field(() => String, { nullable: true, description: '姓名' })
  name!: string | null;

  @Field(() => RoleEnum, { description: '角色' })
  role!: Role;

  @Field(() => String, { description: '角色的中文名：联席办、领导、成员单位、评估人员' })
  roleName!: string;

  @Field(() => String, { nullable: true, description: '所属部门代码（仅成员单位账号）' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: '所属部门名称（仅成员单位账号）' })
  departmentName!: string | null;
}

@ObjectType('Session', { description: '一次登录：令牌只在登录时给出一次，脚本以 Authorization: Bearer 令牌 调用接口' })
export class SessionType {
  @Field(() => String, { description: '令牌' })
  token!: string;

  @Field(() => String, { description: '无操作时的失效时间（ISO 8601）；每次使用后顺延' })
  expiresAt!: string;

  @Field(() => UserType, { description: '账号' })
  user!: UserType;
}

@ObjectType('UserAccount', { description: '账号管理中的一个账号' })
export class UserAccountType extends UserType {
  @Field(() => String, { nullable: true, description: '有效期至（含当日，YYYY-MM-DD）；为空表示长期有效' })
  expiresOn!: string | null;

  @Field(() => Boolean, { description: '是否已停用' })
  disabled!: boolean;

  @Field(() => String, { nullable: true, description: '连续输错密码后锁定至（ISO 8601）；未锁定为空' })
  lockedUntil!: string | null;

  @Field(() => String, { nullable: true, description: '最近一次登录时间（ISO 8601）' })
  lastLoginAt!: string | null;

  @Field(() => String, { description: '创建时间（ISO 8601）' })
  createdAt!: string;
}

@InputType('UserAccountInput', { description: '新建账号' })
export class UserAccountInput {
  @Field(() => String, { description: '用户名：2–40 个字母、数字或 _ . @ -' })
  username!: string;

  @Field(() => String, { description: '初始密码，至少 10 个字符' })
  password!: string;

  @Field(() => RoleEnum, { description: '角色' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '部门代码：成员单位账号必填，其他角色不填' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '姓名' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '有效期至（YYYY-MM-DD），如督查组的评估人员账号' })
  expiresOn?: string | null;
}
