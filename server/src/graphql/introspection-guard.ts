import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { unauthenticated } from './auth-checker';
import type { HubContext } from './context';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** The schema is described only to signed-in users: a stranger learns no more than `login` and `me`. */
export function introspectionForSignedIn(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (!contextValue.actor && asksForSchema(document)) throw unauthenticated();
        },
      };
    },
  };
}
