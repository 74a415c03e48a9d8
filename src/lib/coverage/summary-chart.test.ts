import { describe, expect, it } from 'vitest';
import { compareCoverage } from './compare.ts';
import { layoutCoverageChart } from './summary-chart.ts';

// Three reports of one interview: a and b share one statement, a alone has two, c has the words of one unlisted.
const coverage = compareCoverage([
  { id: 'a', quotes: [{ text: 'We want dialogue', speakerId: 'p' }, { text: 'too complicated', speakerId: 'p' }, { text: 'You are making this conflict longer', speakerId: 'p' }], bodyText: '' },
  { id: 'b', quotes: [{ text: 'We want dialogue', speakerId: 'p' }], bodyText: 'He said: we want dialogue.' },
  { id: 'c', quotes: [], bodyText: 'He told them you are making this conflict longer, and more.' },
]);
const labels = ['Outlet A, 2023', 'Outlet B, 2023', 'Unidentified outlet, c. 2023'];

describe('layoutCoverageChart', () => {
  const layout = layoutCoverageChart(coverage, labels, { width: 400, labelWidth: 100, valueWidth: 60 })!;

  it('gives each report a bar as long as the share of the statements it carried, quoted first', () => {
    expect(layout.statements).toBe(3);
    expect(layout.scaleWidth).toBe(240);
    expect(layout.bars.map((bar) => [bar.name, bar.quoted, bar.inText, bar.quotedWidth, bar.inTextWidth, bar.value])).toEqual([
      ['Report 1', 3, 0, 240, 0, '3 of 3'],
      ['Report 2', 1, 0, 80, 0, '1 of 3'],
      ['Report 3', 0, 1, 0, 80, '1 of 3'],
    ]);
  });

  it('counts what each report alone carried', () => {
    expect(layout.bars.map((bar) => bar.onlyHere)).toEqual([1, 0, 0]);
  });

  it('links each bar to its report and names it in one sentence for screen readers', () => {
    expect(layout.bars.map((bar) => bar.id)).toEqual(['a', 'b', 'c']);
    expect(layout.bars[0]!.label).toBe('Report 1, Outlet A, 2023: carried 3 of 3 statements (3 listed as quotes); 1 carried by this report alone');
    expect(layout.bars[2]!.label).toBe('Report 3, Unidentified outlet, c. 2023: carried 1 of 3 statements (0 listed as quotes, 1 in the same words, unlisted); 0 carried by this report alone');
  });

  it('adds how many statements every report carried and how many only one did', () => {
    expect(layout.totals.map((total) => [total.name, total.count, total.barWidth, total.value])).toEqual([
      ['In every report', 0, 0, '0 of 3'],
      ['In one report only', 1, 80, '1 of 3'],
    ]);
  });

  it('stacks the rows without overlap and fits them in its height', () => {
    const ys = [...layout.bars.map((bar) => bar.y), ...layout.totals.map((total) => total.y)];
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
    expect(layout.height).toBeGreaterThan(ys.at(-1)!);
  });

  it('leaves out the totals and the "alone" count when there is one report', () => {
    const single = layoutCoverageChart(compareCoverage([{ id: 'a', quotes: [{ text: 'hello there friend', speakerId: 'p' }], bodyText: '' }]), ['A'])!;
    expect(single.totals).toEqual([]);
    expect(single.bars[0]!.label).toBe('Report 1, A: carried 1 of 1 statements (1 listed as quotes)');
  });

  it('draws nothing when no report lists a statement', () => {
    expect(layoutCoverageChart(compareCoverage([{ id: 'a', quotes: [], bodyText: 'text' }]), ['A'])).toBeUndefined();
  });
});
