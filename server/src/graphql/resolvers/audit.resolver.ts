import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { departmentScope } from '../../auth/actor';
import { AUDIT_ACTIONS, AUDIT_READERS, ROLE_NAMES, isRole, type AuditAction } from '../../domain/roles';
import { listAudit, type AuditRecord } from '../../store/repositories/audit.repository';
import { actorOf, type HubContext } from '../context';
import { checkedDate } from '../input-checks';
import { toConnection } from '../pagination';
import { AuditConnection, AuditEntryType, AuditFilterInput } from '../types/audit.type';
import { PageArgs } from '../types/page.args';

export function toAuditEntry(r: AuditRecord): AuditEntryType {
  const detail = { old: r.oldValue ?? undefined, new: r.newValue ?? undefined, ...(r.detail && typeof r.detail === 'object' ? r.detail : {}) };
  return {
    ...r, at: r.at.toISOString(), roleName: isRole(r.role) ? ROLE_NAMES[r.role] : null,
    actionName: AUDIT_ACTIONS[r.action as AuditAction] ?? r.action,
    detail: Object.values(detail).some((v) => v !== undefined) ? JSON.stringify(detail) : null,
  };
}

@Resolver()
export class AuditResolver {
  @Authorized(AUDIT_READERS)
  @Query(() => AuditConnection, { description: '操作记录（全过程留痕），新的在前；联席办与评估人员看全部，成员单位看本单位账号的' })
  async auditLog(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: '筛选条件' }) filter: AuditFilterInput | null,
    @Ctx() ctx: HubContext,
  ) {
    const f = filter ?? {};
    const scoped = {
      username: f.username?.trim() || null, action: f.action?.trim() || null,
      from: f.from ? checkedDate(f.from, 'filter.from') : null, to: f.to ? checkedDate(f.to, 'filter.to') : null,
      departmentCode: departmentScope(actorOf(ctx)),
    };
    const connection = await toConnection(args, (page) => listAudit(ctx.pool, scoped, page));
    return { ...connection, nodes: connection.nodes.map(toAuditEntry) };
  }
}
