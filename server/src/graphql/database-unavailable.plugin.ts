import type { ApolloServerPlugin } from '@apollo/server';
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, type DatabaseAvailability } from '../database/availability';

/**
 * A resolver that loses the database midway: its error becomes DATABASE_UNAVAILABLE with the
 * Chinese message (not PostgreSQL's or Node's), and the answer's HTTP status 503.
 */
export function databaseUnavailablePlugin(availability: DatabaseAvailability): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (!errors?.length || response.body.kind !== 'single') return;
          const lost = errors.map((error) => availability.report(error.originalError ?? error));
          if (!lost.some(Boolean)) return;
          response.http.status = 503;
          const formatted = response.body.singleResult.errors;
          if (!formatted) return;
          response.body.singleResult.errors = formatted.map((error, i) => (lost[i]
            ? { message: DATABASE_UNAVAILABLE_MESSAGE, locations: error.locations, path: error.path, extensions: { code: DATABASE_UNAVAILABLE_CODE } }
            : error));
        },
      };
    },
  };
}
