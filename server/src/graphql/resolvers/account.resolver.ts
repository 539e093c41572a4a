import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  AccountError, createAccount, listAccounts, setDisabled, setExpiry, setPassword, type AccountRecord,
} from '../../auth/accounts';
import { PasswordPolicyError } from '../../auth/password';
import { OFFICE_ONLY, ROLE_NAMES } from '../../domain/roles';
import { actorOf, type HubContext } from '../context';
import { badUserInput } from '../errors';
import { UserAccountInput, UserAccountType } from '../types/account.type';

const toType = (a: AccountRecord): UserAccountType => ({
  ...a, roleName: ROLE_NAMES[a.role], lockedUntil: a.lockedUntil && a.lockedUntil > new Date() ? a.lockedUntil.toISOString() : null,
  lastLoginAt: a.lastLoginAt?.toISOString() ?? null, createdAt: a.createdAt.toISOString(),
});

async function userErrors(operation: () => Promise<AccountRecord>): Promise<UserAccountType> {
  try {
    return toType(await operation());
  } catch (error) {
    if (error instanceof AccountError || error instanceof PasswordPolicyError) throw badUserInput(error.message);
    throw error;
  }
}

@Resolver()
export class AccountResolver {
  @Authorized(OFFICE_ONLY)
  @Query(() => [UserAccountType], { description: '全部账号（联席办）' })
  async users(@Ctx() ctx: HubContext): Promise<UserAccountType[]> {
    return (await listAccounts(ctx.pool)).map(toType);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => UserAccountType, { description: '新建账号（联席办）' })
  createUser(@Arg('input', () => UserAccountInput, { description: '账号' }) input: UserAccountInput, @Ctx() ctx: HubContext) {
    return userErrors(() => createAccount(ctx.pool, input, actorOf(ctx)));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => UserAccountType, { description: '重设密码（联席办）：该账号已有的会话全部失效' })
  resetPassword(
    @Arg('username', () => String, { description: '用户名' }) username: string,
    @Arg('password', () => String, { description: '新密码，至少 10 个字符' }) password: string,
    @Ctx() ctx: HubContext,
  ) {
    return userErrors(() => setPassword(ctx.pool, username, password, actorOf(ctx)));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => UserAccountType, { description: '停用或启用账号（联席办）：停用时其会话全部失效' })
  setUserDisabled(
    @Arg('username', () => String, { description: '用户名' }) username: string,
    @Arg('disabled', () => Boolean, { description: 'true 停用，false 启用' }) disabled: boolean,
    @Ctx() ctx: HubContext,
  ) {
    return userErrors(async () => {
      if (disabled && username === actorOf(ctx).username) throw new AccountError('不能停用自己正在使用的账号');
      return setDisabled(ctx.pool, username, disabled, actorOf(ctx));
    });
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => UserAccountType, { description: '设置账号有效期（联席办）：过了这一天账号不能再用；为空表示长期有效' })
  setUserExpiry(
    @Arg('username', () => String, { description: '用户名' }) username: string,
    @Arg('expiresOn', () => String, { nullable: true, description: '有效期至（含，YYYY-MM-DD）' }) expiresOn: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return userErrors(() => setExpiry(ctx.pool, username, expiresOn, actorOf(ctx)));
  }
}
