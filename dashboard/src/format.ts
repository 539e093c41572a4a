/** The dashboard writes numbers and periods as the reports do: one set of rules, in the domain core. */
export * from '../../server/src/domain/format';
