import { describe, expect, it } from 'vitest';
import { defaultQuarter, kindOf, periodOf, previousPeriod, samePeriodLastYear, trendRange } from '../../dashboard/src/period-choice';

describe('cockpit periods', () => {
  it('opens on the latest complete quarter that has data', () => {
    expect(defaultQuarter('2026-10-15', '2026-11-22')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(defaultQuarter('2026-09-30', '2026-11-22')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(defaultQuarter('2024-12-31', '2026-11-22')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    // Data beyond today (plans entered ahead) does not make a future quarter complete.
    expect(defaultQuarter('2027-03-01', '2026-11-22')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(defaultQuarter(null, '2026-01-05')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('compares with the period before and the same period last year', () => {
    expect(previousPeriod({ from: '2026-07-01', to: '2026-09-30' }, 'QUARTER')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' }, 'MONTH')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'YEAR')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-03-11', to: '2026-03-20' }, 'CUSTOM')).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(samePeriodLastYear({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(samePeriodLastYear({ from: '2025-02-01', to: '2025-02-28' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(samePeriodLastYear({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2025-07-01', to: '2025-09-30' });
  });

  it('trends cover the twelve months up to the period\'s end', () => {
    expect(trendRange({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });

  it('names a picked period and reads its kind back from the address', () => {
    expect(periodOf('MONTH', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('QUARTER', 2026, 3)).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodOf('YEAR', 2025, 0)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf('YTD', 2026, 10)).toEqual({ from: '2026-01-01', to: '2026-10-31' });
    expect(kindOf({ from: '2024-02-01', to: '2024-02-29' })).toBe('MONTH');
    expect(kindOf({ from: '2026-07-01', to: '2026-09-30' })).toBe('QUARTER');
    expect(kindOf({ from: '2026-01-01', to: '2026-10-31' })).toBe('YTD');
    expect(kindOf({ from: '2026-01-01', to: '2026-03-31' })).toBe('QUARTER');
    expect(kindOf({ from: '2026-02-03', to: '2026-10-31' })).toBe('CUSTOM');
  });
});
