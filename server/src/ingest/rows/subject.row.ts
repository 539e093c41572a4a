import { checkMarketEntityCode } from '../../domain/credit-code';
import { CREDIT_CLASSES, MARKET_ENTITY_TYPES, SUBJECT_TYPES, type CreditClass, type SubjectType } from '../../domain/vocabulary';
import type { RowReader } from '../cells';
import { readRegionCode } from './department.row';

export type StoredCodeKind = 'USCC' | 'REGISTRATION_NUMBER' | 'OBJECT_CODE';

export interface SubjectRow {
  code: string;
  codeKind: StoredCodeKind | null;
  name: string | null;
  subjectType: SubjectType | null;
  industryCode: string | null;
  regionCode: string | null;
  creditClass: CreditClass | null;
  departments: string[];
}

const CODE = '统一社会信用代码';

/**
 * Reads a subject's code. Market entities must carry a valid 统一社会信用代码 or an older 15-digit
 * 注册号; products, projects and others carry an object code of their own.
 */
export function readSubjectCode(r: RowReader, subjectType: SubjectType | null): { code: string; kind: StoredCodeKind } | null {
  const raw = r.code(CODE, { required: true });
  if (raw === null) return null;
  if (subjectType !== null && !MARKET_ENTITY_TYPES.includes(subjectType)) return { code: raw, kind: 'OBJECT_CODE' };
  const check = checkMarketEntityCode(raw);
  if (!check.ok) {
    r.error(CODE, check.reason);
    // Keep the key so that rows referring to this subject are not reported as dangling too.
    return { code: raw.toUpperCase(), kind: 'USCC' };
  }
  return { code: check.code, kind: check.kind };
}

export function readSubject(r: RowReader): SubjectRow | null {
  const subjectType = r.choice('主体类型', SUBJECT_TYPES, { required: true });
  const id = readSubjectCode(r, subjectType);
  const classText = r.text('信用风险等级');
  let creditClass: CreditClass | null = null;
  if (classText !== null) {
    const upper = classText.toUpperCase().replace(/类$/, '');
    if ((CREDIT_CLASSES as readonly string[]).includes(upper)) creditClass = upper as CreditClass;
    else r.error('信用风险等级', '应为 A、B、C、D 之一，未分类留空');
  }
  const row = {
    name: r.text('名称', { required: true }),
    subjectType,
    industryCode: r.code('行业代码', { max: 16 }),
    regionCode: readRegionCode(r, '行政区划代码'),
    creditClass,
    departments: r.codes('入库部门', { required: true }),
  };
  if (creditClass !== null && subjectType !== null && !MARKET_ENTITY_TYPES.includes(subjectType)) {
    r.warn('信用风险等级', '信用风险分类只适用于市场主体，产品、项目等对象的等级不参与分类统计');
  }
  return id === null ? null : { code: id.code, codeKind: id.kind, ...row };
}
