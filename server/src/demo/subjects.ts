import { uscCheckCharacter } from '../domain/credit-code';
import { BRAND_CHARS, INDUSTRIES, SURNAMES, TOWNS, type Industry } from './industries';
import type { Rng } from './random';

export type SubjectType = '企业' | '个体工商户' | '农民专业合作社' | '产品' | '项目' | '其他';
export type CreditClass = 'A' | 'B' | 'C' | 'D';

export interface Subject {
  code: string;
  name: string;
  type: SubjectType;
  industry: string;
  region: string;
  creditClass: CreditClass | '';
  departments: string[];
}

export const COUNTY = '411422';
const NEIGHBOURS: readonly (readonly [string, string])[] = [['411421', '民权县'], ['411423', '宁陵县']];

const TYPE_MIX: readonly (readonly [SubjectType, number])[] = [
  ['企业', 70], ['个体工商户', 22], ['农民专业合作社', 4], ['产品', 1.6], ['项目', 1.4], ['其他', 1],
];
const CLASS_MIX: readonly (readonly [CreditClass, number])[] = [['A', 25], ['B', 55], ['C', 15], ['D', 5]];
/** Individual businesses are classified less often than enterprises, as in SAMR's monthly runs. */
const UNCLASSIFIED: Record<string, number> = { 企业: 0.06, 个体工商户: 0.15, 农民专业合作社: 0.08 };

/** Objects that are not market entities: name template ({b} brand, {t} town, {n} number), industry, registries. */
const OTHER_OBJECTS: Record<'产品' | '项目' | '其他', readonly (readonly [string, string, string])[]> = {
  产品: [
    ['小麦粉（{b}牌）', 'C1312', 'SCJGJ'], ['食用植物油（{b}牌）', 'C1331', 'SCJGJ'], ['运动鞋（{b}牌）', 'C1952', 'SCJGJ'],
    ['电线电缆（{b}牌）', 'C3831', 'SCJGJ'], ['儿童玩具（{b}牌）', 'C', 'SCJGJ'], ['电动自行车（{b}牌）', 'C', 'SCJGJ'],
    ['复合肥料（{b}牌）', 'C2624', 'NYNCJ SCJGJ'], ['农药（{b}牌）', 'C2631', 'NYNCJ'], ['食用盐（{b}牌）', 'C1494', 'YYJ SCJGJ'],
    ['家用燃气灶具（{b}牌）', 'C3861', 'SCJGJ CGJ'], ['建筑用钢筋（{b}牌）', 'C3130', 'SCJGJ ZJJ'],
  ],
  项目: [
    ['睢县{b}路道路改造工程', 'E4813', 'ZJJ JTYSJ FGW'], ['睢县{b}小区建设项目', 'E4710', 'ZJJ RFB ZRZYJ'],
    ['睢县{t}高标准农田建设项目', 'E', 'NYNCJ ZRZYJ SLJ'], ['睢县{t}污水处理站建设项目', 'E', 'STHJJ ZJJ FGW'],
    ['睢县{b}商业综合体项目', 'E4710', 'ZJJ RFB ZRZYJ FGW'], ['睢县惠济河{t}段综合治理工程', 'E4822', 'SLJ STHJJ'],
    ['睢县{t}中心学校教学楼建设项目', 'E4710', 'ZJJ FGW ZWFWJ'], ['睢县{b}产业园标准化厂房项目', 'E4710', 'ZJJ STHJJ ZWFWJ'],
  ],
  其他: [
    ['睢县{t}中心学校', 'P8321', 'JTJ WJW'], ['睢县第{n}初级中学', 'P8331', 'JTJ WJW XFJYDD'], ['睢县{t}卫生院', 'Q8423', 'WJW'],
    ['睢县{t}{b}村卫生室', 'Q8424', 'WJW'], ['睢县{t}集中供水站', 'D4610', 'WJW SLJ'], ['睢县{b}司法鉴定所', 'L7239', 'SFJ'],
    ['睢县{t}法律服务所', 'L7239', 'SFJ'], ['睢县{t}敬老院', 'Q8514', 'WJW XFJYDD'], ['睢县{b}幼儿园', 'P8310', 'JTJ WJW'],
  ],
};

const USC_CHARS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check digit of the 8-character organisation code body (positions 9–16 of the credit code). */
function orgCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    const value = c <= 57 ? c - 48 : c - 55;
    sum += value * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** ISO 7064 MOD 11,10 check digit, the one the 15-digit 注册号 carries. */
function registrationCheck(first14: string): string {
  let p = 10;
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return String((11 - p) % 10);
}

export class SubjectFactory {
  private readonly codes = new Set<string>();
  private readonly names = new Set<string>();
  private readonly weightsByType: Map<number, (readonly [Industry, number])[]>;
  private serial = 0;

  constructor(private readonly rng: Rng) {
    this.weightsByType = new Map(
      [0, 1, 2].map((t) => [t, INDUSTRIES.filter((i) => i.weights[t] > 0).map((i) => [i, i.weights[t]] as const)]),
    );
  }

  next(): Subject {
    const type = this.rng.weighted(TYPE_MIX);
    if (type === '产品' || type === '项目' || type === '其他') return this.nonEntity(type);
    const t = type === '企业' ? 0 : type === '个体工商户' ? 1 : 2;
    const industry = this.rng.weighted(this.weightsByType.get(t)!);
    const neighbour = this.rng.chance(0.04) ? this.rng.pick(NEIGHBOURS) : null;
    const region = neighbour ? neighbour[0] : COUNTY;
    const code = this.uniqueCode(() => this.entityCode(t, region));
    const name = this.uniqueName((extra) => this.entityName(t, industry, neighbour?.[1], extra));
    const creditClass = this.rng.chance(UNCLASSIFIED[type]) ? '' : this.rng.weighted(CLASS_MIX);
    return { code, name, type, industry: industry.code, region, creditClass, departments: this.registries(industry.departments) };
  }

  /** 1–3 registries; the market regulator holds most market entities. */
  private registries(candidates: readonly string[]): string[] {
    const result = this.rng.chance(0.85) || candidates.length === 0 ? ['SCJGJ'] : [];
    const others = this.rng.weighted([[0, 35], [1, 45], [2, 20]] as const);
    const wanted = Math.max(result.length === 0 ? 1 : 0, Math.min(others, 3 - result.length));
    for (const code of this.rng.sample(candidates, wanted)) result.push(code);
    return result;
  }

  private entityCode(t: number, region: string): string {
    if (t === 1 && this.rng.chance(0.18)) {
      const first14 = `${region}6${String(this.rng.int(0, 9_999_999)).padStart(7, '0')}`;
      return first14 + registrationCheck(first14);
    }
    let body: string;
    if (t === 0 && this.rng.chance(0.3)) {
      // Enterprises older than the 2015 reform keep their former organisation code.
      body = String(this.rng.int(10_000_000, 79_999_999));
    } else {
      body = 'MA4';
      for (let i = 0; i < 5; i++) body += this.rng.pick(USC_CHARS);
    }
    const first17 = `9${t + 1}${region}${body}${orgCheck(body)}`;
    const check = uscCheckCharacter(first17);
    if (check === null) throw new Error(`无法计算统一社会信用代码校验位：${first17}`);
    return first17 + check;
  }

  private brand(length = 2): string {
    return this.rng.sample(BRAND_CHARS, length).join('');
  }

  private entityName(t: number, industry: Industry, county: string | undefined, extra: boolean): string {
    const ending = this.rng.pick(industry.endings[t]);
    const brand = this.brand(extra ? 3 : 2);
    const place = county ?? '睢县';
    if (t === 0) {
      const prefix = county ?? this.rng.weighted([['睢县', 75], ['河南', 15], ['商丘', 10]] as const);
      return `${prefix}${brand}${ending}`;
    }
    const town = county ? '' : this.rng.pick(TOWNS);
    if (t === 1 && this.rng.chance(0.25)) return `${place}${town}${this.rng.pick(['老', '小'])}${this.rng.pick(SURNAMES)}${ending}`;
    return `${place}${town}${brand}${ending}`;
  }

  private nonEntity(type: '产品' | '项目' | '其他'): Subject {
    const [template, industry, registries] = this.rng.pick(OTHER_OBJECTS[type]);
    const prefix = type === '产品' ? 'CP' : type === '项目' ? 'XM' : 'QT';
    const code = `${prefix}-${COUNTY}-${String(++this.serial).padStart(6, '0')}`;
    const name = this.uniqueName((extra) =>
      template
        .replace('{b}', this.brand(extra ? 3 : 2))
        .replace('{t}', this.rng.pick(TOWNS))
        .replace('{n}', String(this.rng.int(1, 12))),
    );
    const candidates = registries.split(' ');
    const departments = this.rng.sample(candidates, this.rng.int(1, Math.min(3, candidates.length)));
    return { code, name, type, industry, region: COUNTY, creditClass: '', departments };
  }

  private uniqueCode(make: () => string): string {
    for (;;) {
      const code = make();
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  private uniqueName(make: (extra: boolean) => string): string {
    for (let attempt = 0; ; attempt++) {
      const name = make(attempt >= 3);
      if (!this.names.has(name) || attempt > 8) {
        this.names.add(name);
        return name;
      }
    }
  }
}
