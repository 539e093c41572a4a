import { describe, expect, it } from 'vitest';
import { clampAsOf, defaultAsOf } from '../../dashboard/src/period-choice';
import { queryFromState, stateFromQuery } from '../../dashboard/src/view-state';
import { formatDay, metWord } from '../../dashboard/src/format';

describe('the view in the address', () => {
  it('reads the period, the cut-off and the filters, and writes them back the same', () => {
    const query = { from: '2026-07-01', to: '2026-09-30', asOf: '2026-11-03', department: 'SCJGJ', region: '440300' };
    const state = stateFromQuery(query);
    expect(state).toEqual({ period: { from: '2026-07-01', to: '2026-09-30' }, asOf: '2026-11-03', departmentCode: 'SCJGJ', regionCode: '440300' });
    expect(queryFromState(state!)).toEqual(query);
  });

  it('leaves the cut-off unsettled when the address has none or a malformed one', () => {
    expect(stateFromQuery({ from: '2026-07-01', to: '2026-09-30' })!.asOf).toBeNull();
    expect(stateFromQuery({ from: '2026-07-01', to: '2026-09-30', asOf: '2026-11' })!.asOf).toBeNull();
    expect(queryFromState({ period: { from: '2026-07-01', to: '2026-09-30' }, asOf: null, departmentCode: null, regionCode: null }))
      .toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('names no view without a valid period, whatever the cut-off', () => {
    expect(stateFromQuery({ asOf: '2026-11-03' })).toBeNull();
    expect(stateFromQuery({ from: '2026-09-30', to: '2026-07-01', asOf: '2026-11-03' })).toBeNull();
  });
});

describe('the cut-off a period opens with', () => {
  // Q3 2026 ends on 30 September; its last results are due on 3 November (国庆 1–7 October off,
  // 10 October worked): 8, 9, 10, 12–16, 19–23, 26–30 October and 2, 3 November are the 20 working days.
  it('is the day after the period\'s last results fell due, once that day has come', () => {
    expect(defaultAsOf('2026-11-03', '2026-12-01')).toBe('2026-11-04');
    expect(defaultAsOf('2026-11-03', '2026-11-04')).toBe('2026-11-04');
  });

  it('is today while results of the period may still be published in time', () => {
    expect(defaultAsOf('2026-11-03', '2026-10-15')).toBe('2026-10-15');
    expect(defaultAsOf('2026-11-03', '2026-11-03')).toBe('2026-11-03');
    // Across a month's end: due 30 November, settled on 1 December.
    expect(defaultAsOf('2026-11-30', '2027-01-10')).toBe('2026-12-01');
  });

  it('keeps a chosen cut-off, bringing one after today back to today and one before the period to its first day', () => {
    const q3 = { from: '2026-07-01', to: '2026-09-30' };
    expect(clampAsOf('2026-12-01', q3, '2026-12-01')).toBe('2026-12-01');
    expect(clampAsOf('2026-09-30', q3, '2026-12-01')).toBe('2026-09-30');
    expect(clampAsOf('2027-01-15', q3, '2026-12-01')).toBe('2026-12-01');
    expect(clampAsOf('2026-06-30', q3, '2026-12-01')).toBe('2026-07-01');
  });
});

describe('words for the figures', () => {
  it('writes the cut-off as the office does', () => {
    expect(formatDay('2026-12-01')).toBe('2026年12月1日');
    expect(formatDay('2026-11-03')).toBe('2026年11月3日');
  });

  it('says 无数据 for a target without a figure, 无目标 only where there is no target', () => {
    expect(metWord({ met: null, target: 0.9, value: null })).toBe('无数据');
    expect(metWord({ met: null, target: null, value: 0.5 })).toBe('无目标');
    expect(metWord({ met: true, target: 0.9, value: 0.95 })).toBe('达标');
    expect(metWord({ met: false, target: 0.9, value: 0.5 })).toBe('未达标');
  });
});
