import { iso, ymd, type Day } from './dates';
import { DEPARTMENTS } from './departments';
import type { Rng } from './random';

export interface Plan {
  code: string;
  name: string;
  year: number;
  initiator: string;
  /** Filled while tasks are generated: the departments that take part in the plan's joint tasks. */
  cooperators: Set<string>;
  enteredOn: Day;
  publishedOn: Day | null;
  /** For joint plans: the departments the market regulator invited, tasks draw their cooperators from these. */
  invited: readonly string[];
}

/** Joint plans the market regulator leads each year, by theme, with the departments it invites. */
const JOINT_THEMES: readonly (readonly [string, string])[] = [
  ['食品安全领域部门联合抽查工作计划', 'WJW NYNCJ JTJ CGJ YYJ'],
  ['安全生产和生态环境领域部门联合抽查工作计划', 'YJGLJ STHJJ ZJJ RSJ XFJYDD'],
  ['重点行业“进一次门、查多项事”部门联合抽查工作计划', 'SWJ WGLJ GAJ SWUJ YCJ JTYSJ'],
];

export function generatePlans(rng: Rng, year: number): Plan[] {
  const plans: Plan[] = [];
  for (const department of DEPARTMENTS) {
    if (!department.isMember) continue;
    const late = department.lag.latePlan || rng.chance(0.05);
    // Most departments file by the 31 March deadline; the laggards enter theirs in April or May.
    const enteredOn = late ? ymd(year, 4, 3) + rng.int(0, 52) : ymd(year, 1, 6) + rng.int(0, 80);
    plans.push({
      code: `JH-${year}-${department.code}`,
      name: `${department.name}${year}年度“双随机、一公开”抽查工作计划`,
      year,
      initiator: department.code,
      cooperators: new Set(),
      enteredOn,
      publishedOn: rng.chance(late ? 0.3 : 0.1) ? null : enteredOn + rng.int(2, 10),
      invited: [],
    });
  }
  JOINT_THEMES.forEach(([theme, invited], i) => {
    const enteredOn = ymd(year, 2, 10) + rng.int(0, 40);
    plans.push({
      code: `JH-${year}-LH-${String(i + 1).padStart(2, '0')}`,
      name: `睢县${year}年度${theme}`,
      year,
      initiator: 'SCJGJ',
      cooperators: new Set(),
      enteredOn,
      publishedOn: rng.chance(0.1) ? null : enteredOn + rng.int(2, 8),
      invited: invited.split(' '),
    });
  });
  return plans;
}

export function planRow(plan: Plan): (string | number)[] {
  return [
    plan.code,
    plan.name,
    plan.year,
    plan.initiator,
    // A joint plan names everyone it invited; an annual plan the departments its joint tasks brought in.
    (plan.invited.length > 0 ? plan.invited : [...plan.cooperators]).join(';'),
    iso(plan.enteredOn),
    plan.publishedOn === null ? '' : iso(plan.publishedOn),
  ];
}
