import { iso, ymd, type Day, type WorkCalendar } from './dates';
import type { DepartmentSpec } from './departments';
import type { Inspector } from './inspectors';
import type { Rng } from './random';
import type { Subject } from './subjects';
import { AS_OF, type Task } from './tasks';

const METHOD_ORDER = ['实地检查', '书面检查', '网络监测', '检验检测', '委托专业机构', '采信其他部门检查结果'];
const NOT_INSPECTABLE: readonly (readonly [string, number])[] = [
  ['未发现开展本次抽查涉及的经营活动', 55], ['已关闭停业或正在组织清算', 27], ['已注销、被吊销、被撤销或已迁出', 18],
];
/** Problem categories, most severe first: the follow-up answers the most severe one. */
const PROBLEMS: readonly (readonly [string, number, readonly (readonly [string, number])[]])[] = [
  ['不配合检查情节严重', 4, [['移送办案机构', 1]]],
  ['公示信息隐瞒真实情况、弄虚作假', 6, [['移送办案机构', 3], ['抄告相关部门', 1]]],
  ['发现问题待后续处理', 15, [['移送办案机构', 6], ['反馈日常监管部门', 3], ['抄告相关部门', 2]]],
  ['通过登记的住所（经营场所）无法联系', 10, [['其他', 6], ['反馈日常监管部门', 4]]],
  ['未按规定公示应当公示的信息', 20, [['责令整改', 7], ['其他', 3]]],
  ['发现问题已责令改正', 45, [['责令整改', 1]]],
];
const PROBLEM_ODDS: Record<string, number> = { A: 0.02, B: 0.05, C: 0.11, D: 0.22, '': 0.08 };
/** Eves of 春节 and 国庆: results of the weeks before them are the ones published late. */
const HOLIDAY_EVES: readonly Day[] = [ymd(2025, 1, 28), ymd(2025, 9, 30), ymd(2026, 2, 16), ymd(2026, 9, 30)];

export interface ResultContext {
  rng: Rng;
  calendar: WorkCalendar;
  inspectorsByDepartment: ReadonlyMap<string, readonly Inspector[]>;
}

export class ResultFactory {
  constructor(private readonly ctx: ResultContext) {}

  *rows(task: Task): Generator<string[]> {
    const { rng } = this.ctx;
    const participants = [task.initiator, ...task.cooperators];
    const teams = new Map(participants.map((d) => [d.code, this.team(d, task.start)]));
    for (const subject of task.draw.subjects) {
      if (task.completedOn === null && !rng.chance(task.doneShare)) continue;
      const visit = this.visitDay(task);
      const oldLicence = subject.code.length === 15;
      const absent = rng.chance(oldLicence ? 0.2 : 0.06) ? rng.weighted(NOT_INSPECTABLE) : null;
      for (const department of participants) {
        // "进一次门": cooperators come on the same visit, a few record a day or two apart.
        const offset = department === task.initiator || rng.chance(0.85) ? 0 : rng.int(1, 2);
        const inspectedOn = visit + offset <= task.workEnd ? visit + offset : visit;
        const [categories, followUp] = absent ? [absent, this.absentFollowUp(absent)] : this.findings(subject);
        const publishedOn = this.publication(department, inspectedOn);
        yield [
          task.code,
          subject.code,
          department.code,
          iso(inspectedOn),
          this.methods(department, subject, department !== task.initiator),
          categories,
          publishedOn === null ? '' : iso(publishedOn),
          publishedOn === null && rng.chance(0.3) ? '' : followUp,
          this.inspectors(teams.get(department.code)!),
        ];
      }
    }
  }

  /** The inspectors a department draws for a task; a few tasks are staffed with an expired certificate. */
  private team(department: DepartmentSpec, start: Day): readonly Inspector[] {
    const { rng } = this.ctx;
    const all = this.ctx.inspectorsByDepartment.get(department.code) ?? [];
    const valid = all.filter((i) => i.validUntil >= start);
    const pool = valid.length >= 2 && !rng.chance(0.03) ? valid : all;
    return rng.sample(pool, rng.int(2, 4));
  }

  private inspectors(team: readonly Inspector[]): string {
    const count = team.length > 1 && this.ctx.rng.chance(0.8) ? 2 : 1;
    return this.ctx.rng.sample(team, count).map((i) => i.certificate).join(';');
  }

  private visitDay(task: Task): Day {
    const { rng, calendar } = this.ctx;
    if (rng.chance(0.01)) {
      // Recorded slightly outside the task's window, as the office's checks should catch.
      const finishedEarly = task.completedOn !== null && task.completedOn <= task.deadline;
      return finishedEarly || rng.chance(0.5) ? task.start - rng.int(1, 5) : Math.min(AS_OF, task.deadline + rng.int(1, 7));
    }
    const raw = rng.int(task.start, Math.max(task.start, task.workEnd));
    const working = calendar.onOrAfter(raw);
    return working <= task.workEnd ? working : raw;
  }

  private methods(department: DepartmentSpec, subject: Subject, cooperating: boolean): string {
    const { rng } = this.ctx;
    if (cooperating && rng.chance(0.08)) return '采信其他部门检查结果';
    const first = subject.type === '产品' ? '检验检测' : rng.weighted(department.methods);
    const chosen = new Set([first]);
    if (rng.chance(0.12)) chosen.add(first === '实地检查' ? '书面检查' : '实地检查');
    return METHOD_ORDER.filter((m) => chosen.has(m)).join(';');
  }

  private findings(subject: Subject): [string, string] {
    const { rng } = this.ctx;
    if (!rng.chance(PROBLEM_ODDS[subject.creditClass])) return ['未发现问题', '无须处置'];
    const chosen = new Set([rng.weighted(PROBLEMS.map((p) => [p[0], p[1]] as const))]);
    if (rng.chance(0.2)) {
      chosen.add(rng.weighted([['发现问题已责令改正', 5], ['发现问题待后续处理', 2], ['未按规定公示应当公示的信息', 2]] as const));
    }
    const ordered = PROBLEMS.filter((p) => chosen.has(p[0]));
    return [ordered.map((p) => p[0]).join(';'), rng.weighted(ordered[0][2])];
  }

  private absentFollowUp(category: string): string {
    const { rng } = this.ctx;
    if (category === '已关闭停业或正在组织清算') return rng.chance(0.6) ? '反馈日常监管部门' : '无须处置';
    if (category === '已注销、被吊销、被撤销或已迁出') return rng.chance(0.3) ? '抄告相关部门' : '无须处置';
    return '无须处置';
  }

  /** Working days from inspection to publication; the 20-day limit is broken mostly before the long holidays. */
  private publication(department: DepartmentSpec, inspectedOn: Day): Day | null {
    const { rng, calendar } = this.ctx;
    let days: number;
    if (department.lag.latePublication) {
      if (rng.chance(0.25)) return null;
      days = rng.chance(0.45) ? rng.int(21, 60) : rng.int(5, 20);
    } else {
      const beforeHoliday = HOLIDAY_EVES.some((eve) => inspectedOn <= eve && inspectedOn > eve - 21);
      if (rng.chance(0.008)) return null;
      days = rng.chance(beforeHoliday ? 0.4 : 0.04) ? rng.int(21, 38) : rng.weighted([[rng.int(1, 5), 5], [rng.int(6, 10), 3], [rng.int(11, 15), 2]]);
    }
    const published = calendar.addWorkdays(inspectedOn, days);
    return published > AS_OF ? null : published;
  }
}
