/**
 * The server's door for every GraphQL field marked `@Authorized(roles)`: signed out is
 * UNAUTHENTICATED, a role outside `roles` is FORBIDDEN (an empty list admits every signed-in role).
 * `assertEveryFieldGuarded` fails at start-up when a root field declares no door at all.
 */
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import type { Role } from '../domain/roles';
import type { HubContext } from './context';

/** Fields anyone may call: signing in, and asking whether one is signed in. */
export const PUBLIC_FIELDS = new Set(['Mutation.login', 'Query.me']);

export const unauthenticated = () => new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
export const forbidden = () => new GraphQLError('当前账号（角色）无权进行此操作', { extensions: { code: 'FORBIDDEN' } });

export const authChecker: AuthChecker<HubContext, Role> = ({ context }, roles) => {
  const role = context.actor?.role;
  if (!role) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(role)) throw forbidden();
  return true;
};

/** Every Query and Mutation field is public by name or carries its own `@Authorized`: each door is declared where it is. */
export function assertEveryFieldGuarded(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const guarded = new Set<string>();
  for (const resolver of [...storage.queries, ...storage.mutations]) {
    const type = storage.queries.includes(resolver) ? 'Query' : 'Mutation';
    const onField = storage.authorizedFields.some((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
    if (onField) guarded.add(`${type}.${resolver.schemaName}`);
  }
  const open: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const name of Object.keys(type?.getFields() ?? {})) {
      const field = `${type!.name}.${name}`;
      if (!guarded.has(field) && !PUBLIC_FIELDS.has(field)) open.push(field);
    }
  }
  if (open.length) throw new Error(`GraphQL fields without @Authorized (declare who may call them): ${open.join(', ')}`);
}
