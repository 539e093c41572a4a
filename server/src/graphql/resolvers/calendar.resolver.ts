import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OFFICE_ONLY, SIGNED_IN } from '../../domain/roles';
import { audited } from '../../auth/audited';
import { listCalendarDays, loadWorkCalendar, saveCalendarDays, storedCalendarDays } from '../../store/repositories/work-calendar.repository';
import { actorOf, type HubContext } from '../context';
import { badUserInput } from '../errors';
import { checkedDate } from '../input-checks';
import { CalendarDayInput, CalendarDayType } from '../types/calendar-day.type';

// Twenty working days is the publication deadline; a few years of working days is more than any question needs.
const MAX_WORKING_DAYS = 1000;

@Resolver()
export class CalendarResolver {
  @Authorized(SIGNED_IN)
  @Query(() => String, { description: '某日之后的第 n 个工作日（该日记为第 0 天），如公示期限为检查日期后第 20 个工作日' })
  async workingDayAfter(
    @Arg('date', () => String, { description: '起算日期，YYYY-MM-DD' }) date: string,
    @Arg('n', () => Int, { description: `工作日数，1–${MAX_WORKING_DAYS}` }) n: number,
    @Ctx() ctx: HubContext,
  ): Promise<string> {
    checkedDate(date, 'date');
    if (n < 1 || n > MAX_WORKING_DAYS) throw badUserInput(`工作日数 n 应为 1–${MAX_WORKING_DAYS} 的整数，实为 ${n}`);
    return (await loadWorkCalendar(ctx.em)).nthWorkingDayAfter(date, n);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [CalendarDayType], { description: '管理员录入的某年节假日与调休上班日' })
  calendarDays(@Arg('year', () => Int, { description: '年份' }) year: number, @Ctx() ctx: HubContext) {
    if (year < 2000 || year > 2100) throw badUserInput(`年份应在 2000–2100 之间，实为 ${year}`);
    return listCalendarDays(ctx.em, year);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => Int, { description: '录入国务院办公厅节假日安排通知中的日期（已有的同日记录被覆盖），返回写入的天数' })
  setCalendarDays(@Arg('days', () => [CalendarDayInput], { description: '要录入的日期' }) days: CalendarDayInput[], @Ctx() ctx: HubContext) {
    const seen = new Set<string>();
    for (const day of days) {
      checkedDate(day.date, 'days.date');
      if (seen.has(day.date)) throw badUserInput(`日期 ${day.date} 重复录入`);
      seen.add(day.date);
    }
    const entries = days.map((day) => ({ date: day.date, isWorkingDay: day.isWorkingDay, name: day.name?.trim() || null }));
    return audited(ctx.pool, actorOf(ctx), {
      action: 'CALENDAR_SET', target: entries.map((d) => d.date).join('、').slice(0, 200),
      before: (db) => storedCalendarDays(db, entries.map((d) => d.date)), after: () => entries,
    }, (db) => saveCalendarDays(db, entries));
  }
}
