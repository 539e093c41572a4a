// 统一社会信用代码 (GB 32100-2015) and the older 15-digit 工商注册号.

export type SubjectCodeKind = 'USCC' | 'REGISTRATION_NUMBER';

export type MarketEntityCodeCheck =
  | { ok: true; kind: SubjectCodeKind; code: string }
  | { ok: false; reason: string };

// I, O, S, V, Z are left out of the standard's alphabet because they are easily confused with 1, 0, 5, U, 2.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORBIDDEN_LETTERS = 'IOSVZ';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Each character code's value in the alphabet, -1 outside it: one array read per character, 10^6 codes in an import. */
const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** The check character of the first 17 characters of `code`, or null when one is outside the alphabet. */
function checkCharacterOf(code: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const char = code.charCodeAt(i);
    const value = char < 128 ? VALUES[char] : -1;
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function uscCheckCharacter(first17: string): string | null {
  return first17.length === 17 ? checkCharacterOf(first17) : null;
}

export function checkMarketEntityCode(raw: string): MarketEntityCodeCheck {
  const code = raw.trim().toUpperCase();
  if (code === '') return { ok: false, reason: '代码为空' };

  // Pre-2007 注册号 carry no check digit that can be relied on, so the shape is all we can verify.
  if (/^\d{15}$/.test(code)) return { ok: true, kind: 'REGISTRATION_NUMBER', code };

  // The common case, 18 characters of the alphabet, skips the character-by-character checks below.
  if (USCC_SHAPE.test(code)) return uscWithShape(code);

  const length = [...code].length;
  if (length === 15) return { ok: false, reason: '15 位注册号应全部为数字' };
  if (length !== 18) {
    return { ok: false, reason: `应为 18 位统一社会信用代码或 15 位注册号，实为 ${length} 位` };
  }

  const illegal = [...code].find((c) => !ALPHABET.includes(c));
  if (illegal !== undefined) {
    const reason = FORBIDDEN_LETTERS.includes(illegal)
      ? `统一社会信用代码含有非法字符 ${illegal}（不得使用 I、O、S、V、Z）`
      : `统一社会信用代码含有非法字符 ${illegal}（只能使用数字和除 I、O、S、V、Z 以外的大写字母）`;
    return { ok: false, reason };
  }

  return uscWithShape(code);
}

/** 18 characters, each of the alphabet: the division code and the check character remain. */
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Whether characters 3–8 are ASCII digits (the division code), read in place. */
function divisionIsDigits(code: string): boolean {
  for (let i = 2; i < 8; i++) {
    const char = code.charCodeAt(i);
    if (char < 48 || char > 57) return false;
  }
  return true;
}

function uscWithShape(code: string): MarketEntityCodeCheck {
  if (!divisionIsDigits(code)) {
    return { ok: false, reason: `统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码，实为 ${code.slice(2, 8)}` };
  }

  const expected = checkCharacterOf(code);
  if (code.charAt(17) !== expected) {
    return { ok: false, reason: `统一社会信用代码校验位错误：末位应为 ${expected}` };
  }
  return { ok: true, kind: 'USCC', code };
}
