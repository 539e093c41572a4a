import type { ApolloServerPlugin } from '@apollo/server';
import type { DatabaseAvailability } from '../database/availability';

/**
 * A resolver that loses the database midway: the answer's HTTP status becomes 503 (its error is
 * DATABASE_UNAVAILABLE with the Chinese message, from format-error.ts), and the hub marks the
 * database unavailable so that the next requests are answered at once until it is back.
 */
export function databaseUnavailablePlugin(availability: DatabaseAvailability): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (!errors?.length) return;
          const lost = errors.map((error) => availability.report(error.originalError ?? error));
          if (lost.some(Boolean)) response.http.status = 503;
        },
      };
    },
  };
}
