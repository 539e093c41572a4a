import { iso, monthOf, ymd, type Day } from './dates';
import { DEPARTMENTS, DEPARTMENT_BY_CODE, type DepartmentSpec } from './departments';
import { CLASSES, plainDraw, tieredDraw, type Draw } from './draw';
import { ITEMS_BY_DEPARTMENT, type ItemSpec } from './items';
import type { Plan } from './plans';
import type { Rng } from './random';
import type { Subject } from './subjects';

/** The data stand on this day: later deadlines are open, recent results not yet published. */
export const AS_OF: Day = ymd(2026, 10, 31);

export type Outcome = 'onTime' | 'late' | 'overdue' | 'open';

export interface Task {
  code: string;
  plan: Plan | null;
  name: string;
  initiator: DepartmentSpec;
  cooperators: DepartmentSpec[];
  items: ItemSpec[];
  tiered: boolean;
  draw: Draw;
  start: Day;
  deadline: Day;
  outcome: Outcome;
  /** Last day inspectors worked on the task; results fall between start and this day. */
  workEnd: Day;
  /** Share of the drawn subjects that have a result so far. */
  doneShare: number;
  completedOn: Day | null;
}

/** Departments whose items no task ever uses: they plan but do not inspect, so item coverage stays below 100%. */
const NEVER_INSPECT = new Set(DEPARTMENTS.filter((d) => d.tasksPerYear === 0).map((d) => d.code));
/** Fewer tasks start around 春节 and 国庆, more in spring and autumn. */
const MONTH_WEIGHT = [0, 0.5, 0.6, 1.1, 1.2, 1.2, 1.2, 1, 1, 1.1, 0.8, 1, 0.5];

type Odds = readonly (readonly [Outcome, number])[];
const NORMAL_PAST: Odds = [['onTime', 85], ['late', 9], ['overdue', 6]];
const LAGGING_PAST: Odds = [['onTime', 50], ['late', 20], ['overdue', 30]];
const NORMAL_RECENT: Odds = [['onTime', 88], ['overdue', 12]];
const LAGGING_RECENT: Odds = [['onTime', 50], ['overdue', 50]];

export interface TaskContext {
  rng: Rng;
  registries: ReadonlyMap<string, readonly Subject[]>;
  plansByYear: ReadonlyMap<number, readonly Plan[]>;
}

function inScope(subject: Subject, scope: readonly string[]): boolean {
  const entity = subject.type === '企业' || subject.type === '个体工商户' || subject.type === '农民专业合作社';
  return scope.some((token) =>
    token === '*' ? entity : token === subject.type || (entity && subject.industry.startsWith(token)),
  );
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x === '*' || y === '*' || x.startsWith(y) || y.startsWith(x)));
}

export class TaskFactory {
  private readonly eligible = new Map<string, readonly Subject[]>();
  private readonly batches = new Map<string, number>();
  private readonly classifiedCounts = new Map<string, number>();

  constructor(private readonly ctx: TaskContext) {
    for (const [code, items] of ITEMS_BY_DEPARTMENT) {
      const registry = ctx.registries.get(code) ?? [];
      for (const item of items) this.eligible.set(item.code, registry.filter((s) => inScope(s, item.scope)));
    }
  }

  tasksOf(department: DepartmentSpec, year: number): Task[] {
    const { rng } = this.ctx;
    const months = year === 2026 ? 10 : 12;
    const count = Math.round(((department.tasksPerYear * months) / 12) * rng.float(0.85, 1.15));
    const drafts: Task[] = [];
    for (let i = 0; i < count; i++) {
      const task = this.draft(department, year);
      if (task) drafts.push(task);
    }
    drafts.sort((a, b) => a.start - b.start);
    drafts.forEach((t, i) => {
      t.code = `RW-${year}-${department.code}-${String(i + 1).padStart(3, '0')}`;
      t.name = this.name(t, year);
    });
    return drafts;
  }

  private draft(department: DepartmentSpec, year: number): Task | null {
    const { rng } = this.ctx;
    const items = (ITEMS_BY_DEPARTMENT.get(department.code) ?? []).filter((i) => this.eligible.get(i.code)!.length >= 3);
    if (items.length === 0) return null;
    // A credit-tiered draw needs enough classified entities in scope for the small A/B ratios to draw anyone.
    const wantTiered = rng.chance(department.tieredShare);
    const tierable = items.filter((i) => this.classified(i) >= 150);
    const item = rng.pick(wantTiered && tierable.length > 0 ? tierable : items);
    const eligible = this.eligible.get(item.code)!;
    const joint = rng.chance(department.jointShare);
    const plan = this.choosePlan(department, year, joint);
    const cooperators = joint ? this.chooseCooperators(department, eligible, plan) : [];
    const taskItems = [item];
    if (!joint && items.length > 1 && rng.chance(0.15)) taskItems.push(rng.pick(items.filter((i) => i !== item)));
    for (const c of cooperators) {
      const own = ITEMS_BY_DEPARTMENT.get(c.code) ?? [];
      const fitting = own.filter((i) => overlaps(i.scope, item.scope));
      taskItems.push(rng.pick(fitting.length > 0 ? fitting : own));
    }

    const big = department.certified >= 20;
    const target = joint ? 4 + Math.round(16 * rng.next() ** 2) : big ? 5 + Math.round(45 * rng.next() ** 2.2) : rng.int(4, 12);
    let draw: Draw | null = null;
    if (wantTiered) {
      draw = tieredDraw(rng, eligible, target, rng.chance(0.05));
      // Ad-hoc tasks often skip filling in the per-class figures.
      if (draw && rng.chance(plan ? 0.03 : 0.35)) draw.counts = null;
    }
    const tiered = draw !== null;
    draw ??= plainDraw(rng, eligible, target);

    const start = this.startDay(year, plan);
    const deadline = start + rng.int(30, 92);
    const task: Task = {
      code: '', plan, name: '', initiator: department, cooperators, items: taskItems, tiered, draw,
      start, deadline, outcome: 'open', workEnd: start, doneShare: 1, completedOn: null,
    };
    this.schedule(task);
    return task;
  }

  /** Named after its main item; repeated tasks on the same item in a year are numbered as batches. */
  private name(task: Task, year: number): string {
    const item = task.items[0];
    const joint = task.cooperators.length > 0;
    const stem = item.name.replace(/(监督检查|检查|抽查|监察|核查|排查)$/, '');
    const key = `${year}${item.code}${joint}`;
    const batch = (this.batches.get(key) ?? 0) + 1;
    this.batches.set(key, batch);
    return `${year}年${stem}${joint ? '部门联合' : ''}“双随机”抽查任务${batch > 1 ? `（第${batch}批）` : ''}`;
  }

  private classified(item: ItemSpec): number {
    let count = this.classifiedCounts.get(item.code);
    if (count === undefined) {
      count = this.eligible.get(item.code)!.filter((s) => s.creditClass !== '').length;
      this.classifiedCounts.set(item.code, count);
    }
    return count;
  }

  private choosePlan(department: DepartmentSpec, year: number, joint: boolean): Plan | null {
    const { rng } = this.ctx;
    if (!department.isMember || rng.chance(0.1)) return null;
    const plans = this.ctx.plansByYear.get(year) ?? [];
    if (department.code === 'SCJGJ' && joint && rng.chance(0.55)) {
      return rng.pick(plans.filter((p) => p.invited.length > 0));
    }
    return plans.find((p) => p.initiator === department.code && p.invited.length === 0) ?? null;
  }

  /** Cooperators are the departments that keep the same entities in their registries, most shared first. */
  private chooseCooperators(department: DepartmentSpec, eligible: readonly Subject[], plan: Plan | null): DepartmentSpec[] {
    const { rng } = this.ctx;
    const wanted = rng.weighted([[1, 40], [2, 30], [3, 20], [4, 10]] as const);
    const allowed = (code: string) => code !== department.code && !NEVER_INSPECT.has(code) && DEPARTMENT_BY_CODE.has(code);
    const shared = new Map<string, number>();
    for (const s of eligible) for (const code of s.departments) if (allowed(code)) shared.set(code, (shared.get(code) ?? 0) + 1);
    let candidates: (readonly [string, number])[] = plan?.invited.length
      ? plan.invited.filter(allowed).map((code) => [code, (shared.get(code) ?? 0) + 1] as const)
      : [...shared.entries()];
    if (candidates.length === 0) candidates = DEPARTMENTS.filter((d) => d.isMember && allowed(d.code)).map((d) => [d.code, 1] as const);
    const chosen: string[] = [];
    while (chosen.length < wanted && candidates.length > 0) {
      const code = rng.weighted(candidates);
      chosen.push(code);
      candidates = candidates.filter(([c]) => c !== code);
    }
    for (const code of chosen) plan?.cooperators.add(code);
    return chosen.map((code) => DEPARTMENT_BY_CODE.get(code)!);
  }

  private startDay(year: number, plan: Plan | null): Day {
    const { rng } = this.ctx;
    const lo = Math.max(ymd(year, 1, 6), plan ? plan.enteredOn + 3 : 0);
    const hi = year === 2026 ? ymd(2026, 10, 20) : ymd(2025, 12, 10);
    for (;;) {
      const d = rng.int(lo, Math.max(lo, hi));
      if (rng.next() * 1.2 < MONTH_WEIGHT[monthOf(d)]) return d;
    }
  }

  /** Decides how the task went: on time, late, overdue and unfinished, or still running on AS_OF. */
  private schedule(task: Task): void {
    const { rng } = this.ctx;
    const { start, deadline } = task;
    const lagging = task.initiator.lag.overdue === true;
    if (deadline < AS_OF - 50) {
      task.outcome = rng.weighted(lagging ? LAGGING_PAST : NORMAL_PAST);
    } else if (deadline < AS_OF) {
      // Deadlines of the last weeks: no time left to finish late, so unfinished ones are simply overdue.
      task.outcome = rng.weighted(lagging ? LAGGING_RECENT : NORMAL_RECENT);
    } else {
      task.outcome = 'open';
    }
    switch (task.outcome) {
      case 'onTime':
        task.workEnd = Math.max(start + 3, deadline - rng.int(0, Math.min(20, deadline - start - 5)));
        task.completedOn = Math.min(deadline, task.workEnd + rng.int(0, 5));
        break;
      case 'late':
        task.workEnd = deadline + rng.int(3, 25);
        task.completedOn = task.workEnd + rng.int(0, 5);
        break;
      case 'overdue':
        task.workEnd = Math.min(AS_OF, deadline + rng.int(0, 30));
        task.doneShare = rng.float(0.3, 0.9);
        break;
      case 'open':
        if (start + 30 <= AS_OF && rng.chance(0.3)) {
          task.workEnd = start + rng.int(10, AS_OF - start - 3);
          task.completedOn = task.workEnd + rng.int(0, 3);
        } else {
          task.workEnd = AS_OF - rng.int(0, 4);
          task.doneShare = Math.min(1, Math.max(0, ((AS_OF - start) / (deadline - start)) * 1.1));
        }
    }
  }
}

export function taskRow(task: Task): (string | number)[] {
  const counts = task.draw.counts;
  const classCells = CLASSES.flatMap((c): (string | number)[] => (counts ? [counts[c].pool, counts[c].drawn] : ['', '']));
  return [
    task.code,
    task.plan?.code ?? '',
    task.name,
    task.initiator.code,
    task.cooperators.map((c) => c.code).join(';'),
    task.items.map((i) => i.code).join(';'),
    task.tiered ? '是' : '否',
    iso(task.start),
    iso(task.deadline),
    task.completedOn === null ? '' : iso(task.completedOn),
    ...classCells,
  ];
}
