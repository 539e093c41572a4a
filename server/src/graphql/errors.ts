import { GraphQLError } from 'graphql';

/** An error the caller can fix by changing the arguments; Apollo passes the code through to the client. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
