import { describe, it, expect } from 'vitest';
import { checkMarketEntityCode, uscCheckCharacter } from '../../server/src/domain/credit-code';

describe('uscCheckCharacter', () => {
  it('computes the check character of the published examples', () => {
    expect(uscCheckCharacter('9144030071526726X')).toBe('G');
    expect(uscCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(uscCheckCharacter('91110000600037341')).toBe('L');
  });

  it('computes the check character of a made-up prefix', () => {
    // 91320100MA1ABCD24, values with A=10 B=11 C=12 D=13 M=21:
    // 9·1 + 1·3 + 3·9 + 2·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 10·29 + 1·25 + 10·13 + 11·8
    //   + 12·24 + 13·10 + 2·30 + 4·28
    // = 9 + 3 + 27 + 54 + 0 + 26 + 0 + 0 + 420 + 290 + 25 + 130 + 88 + 288 + 130 + 60 + 112 = 1662
    // 1662 mod 31 = 1662 − 53·31 = 19; (31 − 19) mod 31 = 12 → alphabet[12] = 'C'
    expect(uscCheckCharacter('91320100MA1ABCD24')).toBe('C');
    expect(checkMarketEntityCode('91320100MA1ABCD24C')).toEqual({ ok: true, kind: 'USCC', code: '91320100MA1ABCD24C' });
  });

  it('returns null for a wrong length or a character outside the alphabet', () => {
    expect(uscCheckCharacter('9144030071526726')).toBeNull();
    expect(uscCheckCharacter('9144030071526726XG')).toBeNull();
    expect(uscCheckCharacter('91350100I000100Y4')).toBeNull();
    expect(uscCheckCharacter('91350100m000100y4')).toBeNull();
  });
});

describe('checkMarketEntityCode', () => {
  it.each(['9144030071526726XG', '91350100M000100Y43', '91110000600037341L'])('accepts %s', (code) => {
    expect(checkMarketEntityCode(code)).toEqual({ ok: true, kind: 'USCC', code });
  });

  it('rejects a wrong check character and names the right one', () => {
    expect(checkMarketEntityCode('9144030071526726XH')).toEqual({
      ok: false,
      reason: '统一社会信用代码校验位错误：末位应为 G',
    });
    expect(checkMarketEntityCode('91110000600037341K')).toEqual({
      ok: false,
      reason: '统一社会信用代码校验位错误：末位应为 L',
    });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the forbidden letter %s', (letter) => {
    expect(checkMarketEntityCode(`91350100${letter}000100Y43`)).toEqual({
      ok: false,
      reason: `统一社会信用代码含有非法字符 ${letter}（不得使用 I、O、S、V、Z）`,
    });
  });

  it('reports a forbidden letter typed in lower case as upper case', () => {
    expect(checkMarketEntityCode('91350100o000100Y43')).toEqual({
      ok: false,
      reason: '统一社会信用代码含有非法字符 O（不得使用 I、O、S、V、Z）',
    });
  });

  it('rejects other characters', () => {
    expect(checkMarketEntityCode('91350100-000100Y43')).toEqual({
      ok: false,
      reason: '统一社会信用代码含有非法字符 -（只能使用数字和除 I、O、S、V、Z 以外的大写字母）',
    });
  });

  it('rejects a wrong length', () => {
    expect(checkMarketEntityCode('914403007152')).toEqual({
      ok: false,
      reason: '应为 18 位统一社会信用代码或 15 位注册号，实为 12 位',
    });
    expect(checkMarketEntityCode('9144030071526726X')).toEqual({
      ok: false,
      reason: '应为 18 位统一社会信用代码或 15 位注册号，实为 17 位',
    });
    expect(checkMarketEntityCode('9144030071526726XG0')).toEqual({
      ok: false,
      reason: '应为 18 位统一社会信用代码或 15 位注册号，实为 19 位',
    });
    expect(checkMarketEntityCode('   ')).toEqual({ ok: false, reason: '代码为空' });
  });

  it('rejects a non-numeric division code in positions 3–8', () => {
    expect(checkMarketEntityCode('91A50100M000100Y43')).toEqual({
      ok: false,
      reason: '统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码，实为 A50100',
    });
  });

  it('accepts lower case and surrounding spaces, and normalises them', () => {
    expect(checkMarketEntityCode('  9144030071526726xg ')).toEqual({
      ok: true,
      kind: 'USCC',
      code: '9144030071526726XG',
    });
    expect(checkMarketEntityCode('91350100m000100y43')).toEqual({
      ok: true,
      kind: 'USCC',
      code: '91350100M000100Y43',
    });
  });

  it('accepts a 15-digit registration number as such', () => {
    expect(checkMarketEntityCode(' 440301103006879 ')).toEqual({
      ok: true,
      kind: 'REGISTRATION_NUMBER',
      code: '440301103006879',
    });
    expect(checkMarketEntityCode('44030110300687X')).toEqual({ ok: false, reason: '15 位注册号应全部为数字' });
  });
});
