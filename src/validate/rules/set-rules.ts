/** Ids of the rules that judge a whole set (scope: 'set'), named by the partial-set message. */
export const RULES_OF_SET = ['hotjl-coverage', 'title-consistency'] as const
