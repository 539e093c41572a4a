import { uscCheckCharacter } from '../../server/src/domain/credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The n-th of a run of valid unified social credit codes (GB 32100), for synthetic data sets. */
export function creditCode(n: number): string {
  let body = '';
  for (let i = 0, v = n; i < 9; i++, v = Math.floor(v / 31)) body = ALPHABET[v % 31] + body;
  const first17 = `91411422${body}`;
  return first17 + uscCheckCharacter(first17);
}
