import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LoginError, login, logout, type SessionUser } from '../../auth/sessions';
import { ROLE_NAMES, SIGNED_IN } from '../../domain/roles';
import { actorOf, type HubContext } from '../context';
import { badUserInput } from '../errors';
import { SessionType, UserType } from '../types/account.type';

export const toUserType = (user: SessionUser): UserType => ({ ...user, roleName: ROLE_NAMES[user.role] });

@Resolver()
export class AuthResolver {
  @Mutation(() => SessionType, { description: '登录：返回令牌，并为驾驶舱设置会话 Cookie；连续输错 5 次锁定 15 分钟' })
  async login(
    @Arg('username', () => String, { description: '用户名' }) username: string,
    @Arg('password', () => String, { description: '密码' }) password: string,
    @Ctx() ctx: HubContext,
  ): Promise<SessionType> {
    try {
      const signedIn = await login(ctx.pool, username.trim(), password, ctx.origin, ctx.sessionPolicy);
      ctx.cookie.set(signedIn.token);
      return { token: signedIn.token, expiresAt: signedIn.expiresAt.toISOString(), user: toUserType(signedIn.user) };
    } catch (error) {
      if (error instanceof LoginError) throw badUserInput(error.message);
      throw error;
    }
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, { description: '退出登录：本次会话的令牌从此失效' })
  async logout(@Ctx() ctx: HubContext): Promise<boolean> {
    ctx.cookie.clear();
    return logout(ctx.pool, ctx.session!.token, actorOf(ctx));
  }

  @Query(() => UserType, { nullable: true, description: '当前登录的账号；未登录时为 null' })
  me(@Ctx() ctx: HubContext): UserType | null {
    return ctx.session && toUserType(ctx.session.user);
  }
}
