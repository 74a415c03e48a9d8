/**
 * The layout of an event's coverage at a glance: one bar per report, as long as the share of the
 * statements it carried (quoted, then the same words unlisted), with how many it alone carried;
 * then how many statements every report carried and how many only one did. Drawn above the
 * coverage table, in the same way as the topic timeline chart. Pure: the component draws it.
 */
import type { Coverage } from './compare.ts';

export interface CoverageChartOptions {
  /** The drawing's width in SVG user units. */
  width: number;
  /** Room for the row labels on the left ("Report 1") and the counts on the right ("7 of 9"). */
  labelWidth: number;
  valueWidth: number;
  rowHeight: number;
  /** The bar's thickness within its row. */
  barHeight: number;
}

export const DEFAULT_COVERAGE_CHART_OPTIONS: CoverageChartOptions = { width: 420, labelWidth: 132, valueWidth: 56, rowHeight: 26, barHeight: 18 };

export interface CoverageChartBar {
  /** The report's article id, which the bar links to. */
  id: string;
  /** "Report 1": the table's column heading. */
  name: string;
  quoted: number;
  inText: number;
  /** Statements this report alone carried. */
  onlyHere: number;
  y: number;
  quotedWidth: number;
  inTextWidth: number;
  /** "7 of 9". */
  value: string;
  /** For screen readers and the tooltip: the whole row in one sentence. */
  label: string;
}

/** A total over all reports: carried by every report, or by one only. Not a link. */
export interface CoverageChartTotal {
  name: string;
  count: number;
  y: number;
  barWidth: number;
  value: string;
}

export interface CoverageChartLayout {
  width: number;
  height: number;
  barX: number;
  /** The length of a bar that carried every statement. */
  scaleWidth: number;
  valueX: number;
  barHeight: number;
  statements: number;
  bars: CoverageChartBar[];
  totals: CoverageChartTotal[];
}

/**
 * The chart for an event's coverage, or undefined when no report lists a statement.
 * `reportLabels` name each column for screen readers ("Unidentified outlet, 16 December 2023").
 * @example layoutCoverageChart({ columns: ['a'], rows: [{ cells: ['quoted'] }] }, ['Outlet, 2023'])?.bars[0]?.value // "1 of 1"
 */
export function layoutCoverageChart(
  coverage: { columns: readonly string[]; rows: readonly Pick<Coverage['rows'][number], 'cells' | 'onlyIn' | 'carriedByAll'>[] },
  reportLabels: readonly string[],
  overrides: Partial<CoverageChartOptions> = {},
): CoverageChartLayout | undefined {
  const statements = coverage.rows.length;
  if (statements === 0 || coverage.columns.length === 0) return undefined;
  const options = { ...DEFAULT_COVERAGE_CHART_OPTIONS, ...overrides };
  const scaleWidth = options.width - options.labelWidth - options.valueWidth;
  const toWidth = (count: number) => (count / statements) * scaleWidth;
  const of = (count: number) => `${count} of ${statements}`;

  const bars = coverage.columns.map((id, index): CoverageChartBar => {
    const cells = coverage.rows.map((row) => row.cells[index] ?? 'absent');
    const quoted = cells.filter((cell) => cell === 'quoted').length;
    const inText = cells.filter((cell) => cell === 'in-text').length;
    const onlyHere = coverage.rows.filter((row) => row.onlyIn === id).length;
    const name = `Report ${index + 1}`;
    const parts = [`${quoted} listed as quotes`, ...(inText > 0 ? [`${inText} in the same words, unlisted`] : [])];
    const alone = coverage.columns.length > 1 ? `; ${onlyHere} carried by this report alone` : '';
    return {
      id,
      name,
      quoted,
      inText,
      onlyHere,
      y: index * options.rowHeight,
      quotedWidth: toWidth(quoted),
      inTextWidth: toWidth(inText),
      value: of(quoted + inText),
      label: `${name}, ${reportLabels[index] ?? id}: carried ${of(quoted + inText)} statements (${parts.join(', ')})${alone}`,
    };
  });

  const sharedByAll = coverage.rows.filter((row) => row.carriedByAll).length;
  const inOneOnly = coverage.rows.filter((row) => row.onlyIn !== undefined).length;
  const totalsAt = bars.length * options.rowHeight + options.rowHeight / 2;
  const totals = (coverage.columns.length > 1 ? [['In every report', sharedByAll], ['In one report only', inOneOnly]] as const : []).map(
    ([name, count], index): CoverageChartTotal => ({ name, count, y: totalsAt + index * options.rowHeight, barWidth: toWidth(count), value: of(count) }),
  );
  return {
    width: options.width,
    height: totalsAt + totals.length * options.rowHeight,
    barX: options.labelWidth,
    scaleWidth,
    valueX: options.labelWidth + scaleWidth + 6,
    barHeight: options.barHeight,
    statements,
    bars,
    totals,
  };
}
