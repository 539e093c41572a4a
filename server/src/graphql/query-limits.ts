/**
 * Limits on the shape of a GraphQL operation, checked before anything runs (graphql-armor): a
 * client cannot make the hub do a thousand KPI computations by asking for the same field under
 * many names, nest selections without end, or send megabytes of query text.
 *
 * The dashboard's own operations stay well inside (tests/graphql/dashboard-operations.test.ts sends
 * every one of them): no aliases (the overview's sparklines are one kpiSeriesSet), depth 6
 * (kpiEvidence rows with their subject), a cost of 4,750 (the member departments, first: 500).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export const QUERY_LIMITS = {
  /** Names (aliases) in one operation. */
  aliases: 30,
  /** Levels of nested selections, inline fragments included. */
  depth: 10,
  /** graphql-armor's estimate: 1 per scalar, 2 per object, × a literal `first`, × 1.5 per level. */
  cost: 50_000,
  directives: 10,
  /** Lexical tokens of the query text (names, punctuation, values). */
  tokens: 4_000,
} as const;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const found = (error: GraphQLError) => {
  const figure = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
  return figure === undefined ? '?' : String(Math.round(Number(figure)));
};

function refused(message: (error: GraphQLError) => string): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => context?.reportError(new GraphQLError(message(error), { extensions: { code: QUERY_TOO_COMPLEX } }));
}

/** graphql-js's own parser stops at this many tokens (Apollo's parseOptions); the message is made Chinese in format-error.ts. */
export const TOO_MANY_TOKENS = `查询文本过长（超过 ${QUERY_LIMITS.tokens} 个词法单元），未执行；请拆成几次查询`;

const OFF = { enabled: false } as const;

/** The plugins, validation rules and parse options to give Apollo; armor's English messages replaced by the office's words. */
export function queryLimits() {
  const shape = new ApolloArmor({
    maxAliases: {
      n: QUERY_LIMITS.aliases, propagateOnRejection: false,
      onReject: [refused((e) => `查询使用了 ${found(e)} 个别名，超过上限 ${QUERY_LIMITS.aliases} 个，未执行；请拆成几次查询`)],
    },
    maxDepth: {
      n: QUERY_LIMITS.depth, propagateOnRejection: false,
      onReject: [refused((e) => `查询嵌套 ${found(e)} 层，超过上限 ${QUERY_LIMITS.depth} 层，未执行`)],
    },
    maxDirectives: {
      n: QUERY_LIMITS.directives, propagateOnRejection: false,
      onReject: [refused((e) => `查询使用了 ${found(e)} 个指令，超过上限 ${QUERY_LIMITS.directives} 个，未执行`)],
    },
    // Armor's token plugin fails the request from a parsing hook, which Apollo answers as HTTP 500;
    // graphql-js's parser has the same limit built in and fails as a 400 (parseOptions below).
    maxTokens: OFF,
    costLimit: OFF,
    // "Did you mean …" would list the schema's field names to anyone: replaced by nothing.
    blockFieldSuggestion: { mask: '' },
  }).protect();
  // A second instance so that the cost comes after the plainer refusals: a deep or aliased query
  // also costs much, and "41 levels, 10 allowed" tells the author more than the estimate does.
  const cost = new ApolloArmor({
    costLimit: {
      maxCost: QUERY_LIMITS.cost, propagateOnRejection: false,
      onReject: [refused((e) => `查询的估算计算量 ${found(e)} 超过上限 ${QUERY_LIMITS.cost}，未执行；请减少别名、字段或每页条数（first）`)],
    },
    maxAliases: OFF, maxDepth: OFF, maxDirectives: OFF, maxTokens: OFF, blockFieldSuggestion: OFF,
  }).protect();
  return {
    plugins: [...shape.plugins, ...cost.plugins],
    validationRules: [...shape.validationRules, ...cost.validationRules],
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}
