import { describe, expect, it } from 'vitest';
import { changeInWords, formatChange, formatCount, formatPercent, formatTarget, targetInWords } from '../../common/format';
import { periodLabel } from '../../server/src/domain/period';

describe('dashboard formatting', () => {
  it('writes ratios as percent with one decimal, rounding half up', () => {
    expect(formatPercent(0.8567)).toBe('85.7%');
    expect(formatPercent(0.85649)).toBe('85.6%');
    expect(formatPercent(0.0005)).toBe('0.1%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(36 / 111)).toBe('32.4%');
    expect(formatPercent(null)).toBe('—');
  });

  it('separates thousands', () => {
    expect(formatCount(1000000)).toBe('1,000,000');
    expect(formatCount(865)).toBe('865');
  });

  it('states targets and changes in the office\'s words', () => {
    expect(formatTarget('RATIO', '>', 0.8)).toBe('目标 > 80.0%');
    expect(formatTarget('RATIO', '>=', 1)).toBe('目标 ≥ 100.0%');
    expect(formatTarget('COUNT', '<=', 0)).toBe('目标 ≤ 0');
    expect(formatTarget('COUNT', null, null)).toBe('无目标');
    expect(formatChange('RATIO', 0.856, 0.833)).toBe('+2.3 个百分点');
    expect(formatChange('RATIO', 0.5, 0.75)).toBe('−25.0 个百分点');
    expect(formatChange('COUNT', 15, 15)).toBe('持平');
    expect(formatChange('COUNT', 1200, 15)).toBe('+1,185');
    expect(formatChange('RATIO', null, 0.5)).toBe('—');
  });

  it('says targets and changes in words for the documents\' prose', () => {
    expect(targetInWords('RATIO', '>', 0.8)).toBe('目标为高于80.0%');
    expect(targetInWords('RATIO', '>=', 1)).toBe('目标为不低于100.0%');
    expect(targetInWords('COUNT', '<=', 0)).toBe('目标为不超过0');
    expect(targetInWords('COUNT', null, null)).toBe('无目标');
    expect(changeInWords('RATIO', 0.856, 0.797)).toBe('提高5.9个百分点');
    expect(changeInWords('RATIO', 0.5, 0.504)).toBe('下降0.4个百分点');
    expect(changeInWords('COUNT', 1200, 15)).toBe('增加1,185');
    expect(changeInWords('COUNT', 3, 5)).toBe('减少2');
    expect(changeInWords('RATIO', 0.5, 0.5)).toBe('持平');
    expect(changeInWords('RATIO', 0.5, null)).toBe('无可比数据');
  });

  it('names periods as users write them', () => {
    expect(periodLabel({ from: '2024-03-01', to: '2024-03-31' })).toBe('2024年3月');
    expect(periodLabel({ from: '2024-01-01', to: '2024-03-31' })).toBe('2024年第一季度');
    expect(periodLabel({ from: '2024-01-01', to: '2024-12-31' })).toBe('2024年');
    expect(periodLabel({ from: '2024-01-01', to: '2024-05-20' })).toBe('2024年1月1日至5月20日');
    expect(periodLabel({ from: '2024-03-05', to: '2024-04-01' })).toBe('2024-03-05 至 2024-04-01');
  });
});
