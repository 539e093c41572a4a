import type { ResultCategory } from '../../domain/vocabulary';
import { regionPrefix, type Queryable } from './sql-filter';

export interface CategoryCount {
  category: ResultCategory;
  count: number;
}

/**
 * Results of a period by category (a result with two categories counts in both), filtered as the
 * KPIs are: a department's own results, or those of the departments in a region.
 */
export async function countResultCategories(
  db: Queryable, period: { from: string; to: string }, filter: { departmentCode?: string | null; regionCode?: string | null },
): Promise<CategoryCount[]> {
  const { rows } = await db.query<CategoryCount>(
    `select c as category, count(*)::int as count
     from inspection i cross join unnest(i.categories) as c
     where i.inspected_on between $1::date and $2::date
       and ($3::text is null or i.department_code = $3)
       and ($4::text is null or i.department_code in (select code from department where region_code like $4 || '%'))
     group by c order by count(*) desc, c`,
    [period.from, period.to, filter.departmentCode ?? null, filter.regionCode ? regionPrefix(filter.regionCode) : null],
  );
  return rows;
}
