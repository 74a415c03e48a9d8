/**
 * The layout of a topic's timeline chart: events and articles along time, each drawn over the
 * period its date really covers. A year-only date is a bar across its year and a month-precision
 * date a bar across its month, never a point on the 1st; a day gets a narrow bar of a minimum
 * width. When marks would crowd their row past `maxLanes` lanes, items are aggregated by month,
 * and failing that by year, so the chart stays the same size however large the archive grows.
 * Pure: the component maps targets to URLs and draws what this returns.
 */
import { formatPartialDate, getPrecision, toIsoString, type PartialDate } from '../dates.ts';

export type ChartKind = 'event' | 'article';

export interface ChartItem {
  kind: ChartKind;
  id: string;
  title: string;
  date: PartialDate;
  circa: boolean;
}

/** A period as days since 1970-01-01 (UTC), end exclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

/** What a mark links to: one item's page, or the timeline at the period it stands for. */
export type ChartTarget = { type: 'item'; kind: ChartKind; id: string } | { type: 'period'; period: PartialDate };

export type ChartAggregation = 'none' | 'month' | 'year';

export interface ChartMark {
  kind: ChartKind;
  target: ChartTarget;
  /** The item's date, or the aggregate's month or year. */
  period: PartialDate;
  /** The items the mark stands for: one, or the aggregate's. */
  items: ChartItem[];
  /** Screen-reader name and tooltip: "Event: Summit, c. 2025" or "4 articles, December 2023". */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartRow {
  kind: ChartKind;
  /** "Events" or "Articles". */
  label: string;
  /** Where the row's label sits. */
  labelY: number;
  lanes: number;
  marks: ChartMark[];
}

export interface ChartYear {
  year: number;
  x: number;
  width: number;
  /** Whether the year's label is drawn: every year while there is room, else every few. */
  labelled: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  aggregation: ChartAggregation;
  years: ChartYear[];
  /** Where the year labels sit. */
  axisY: number;
  rows: ChartRow[];
  itemCount: number;
}

export interface ChartOptions {
  /** The drawing's width in SVG user units. */
  width: number;
  /** The narrowest a mark is drawn, so a single day stays visible and clickable. */
  minMarkWidth: number;
  /** The space kept free between two marks of one lane. */
  gap: number;
  /** The most lanes a row may stack before items are aggregated. */
  maxLanes: number;
  /** The most marks the whole chart may draw before items are aggregated, so its size stays bounded. */
  maxMarks: number;
  laneHeight: number;
  /** Room for a row's label above its lanes, and for the year labels. */
  labelHeight: number;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = { width: 420, minMarkWidth: 6, gap: 2, maxLanes: 3, maxMarks: 48, laneHeight: 20, labelHeight: 20 };

const DAY_MS = 86_400_000;
/** Room a year's label needs, in user units, so that labels of narrow years never collide. */
const MIN_YEAR_LABEL_WIDTH = 40;
const toDay = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day) / DAY_MS;

/**
 * The days a date covers at its own precision.
 * @example getDaySpan({ year: 2024 }) // { start: 19723, end: 20089 }: all of 2024
 */
export function getDaySpan(date: PartialDate): DaySpan {
  if (date.month === undefined) return { start: toDay(date.year, 0, 1), end: toDay(date.year + 1, 0, 1) };
  if (date.day === undefined) return { start: toDay(date.year, date.month - 1, 1), end: toDay(date.year, date.month, 1) };
  const start = toDay(date.year, date.month - 1, date.day);
  return { start, end: start + 1 };
}

const KIND_NAMES: Record<ChartKind, [one: string, many: string]> = { event: ['Event', 'events'], article: ['Article', 'articles'] };

function labelOf(kind: ChartKind, items: readonly ChartItem[], period: PartialDate): string {
  const [one, many] = KIND_NAMES[kind];
  if (items.length === 1) {
    const item = items[0]!;
    return `${one}: ${item.title}, ${formatPartialDate(item.date, { circa: item.circa })}`;
  }
  const circa = items.every((item) => item.circa) ? 'c. ' : '';
  return `${items.length} ${many}, ${circa}${formatPartialDate(period)}`;
}

/** The bucket an item falls in at an aggregation level; a year-only date never joins a month. */
function bucketOf(date: PartialDate, aggregation: ChartAggregation): PartialDate {
  if (aggregation === 'year' || date.month === undefined) return { year: date.year };
  return aggregation === 'month' ? { year: date.year, month: date.month } : date;
}

interface Bucket {
  period: PartialDate;
  items: ChartItem[];
}

function groupItems(items: readonly ChartItem[], aggregation: ChartAggregation): Bucket[] {
  if (aggregation === 'none') return items.map((item) => ({ period: item.date, items: [item] }));
  const buckets = new Map<string, Bucket>();
  for (const item of items) {
    const period = bucketOf(item.date, aggregation);
    const key = toIsoString(period);
    const bucket = buckets.get(key) ?? { period, items: [] };
    bucket.items.push(item);
    buckets.set(key, bucket);
  }
  return [...buckets.values()];
}

interface Placed {
  bucket: Bucket;
  x: number;
  width: number;
  lane: number;
}

/**
 * Places each bucket over its period and stacks overlapping ones in lanes, widest first at a
 * shared start so a year's bar lies under the days within it.
 */
function placeBuckets(buckets: Bucket[], scale: (day: number) => number, options: ChartOptions): Placed[] {
  const spans = buckets.map((bucket) => {
    const span = getDaySpan(bucket.period);
    const [from, to] = [scale(span.start), scale(span.end)];
    const width = Math.max(to - from, options.minMarkWidth);
    const x = Math.min(Math.max((from + to) / 2 - width / 2, 0), options.width - width);
    return { bucket, x, width };
  });
  spans.sort((a, b) => a.x - b.x || b.width - a.width || toIsoString(a.bucket.period).localeCompare(toIsoString(b.bucket.period)));
  const laneEnds: number[] = [];
  return spans.map((span) => {
    let lane = laneEnds.findIndex((end) => span.x >= end + options.gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.x + span.width;
    return { ...span, lane };
  });
}

const laneCount = (placed: readonly Placed[]) => placed.reduce((most, mark) => Math.max(most, mark.lane + 1), 0);

/**
 * The chart for a topic's events and articles, or undefined when there is nothing to draw.
 * Items are drawn one mark each when every row fits in `maxLanes` lanes and the chart in
 * `maxMarks` marks; otherwise aggregated by month, and failing that by year (one mark per row and
 * year, however many items it holds).
 * @example layoutTimelineChart([{ kind: 'event', id: 'e', title: 'E', date: { year: 2025 }, circa: true }])?.rows[0]?.marks[0]?.label
 * // "Event: E, c. 2025"
 */
export function layoutTimelineChart(items: readonly ChartItem[], overrides: Partial<ChartOptions> = {}): ChartLayout | undefined {
  if (items.length === 0) return undefined;
  const options = { ...DEFAULT_CHART_OPTIONS, ...overrides };
  const years = items.map((item) => item.date.year);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const domain = { start: toDay(firstYear, 0, 1), end: toDay(lastYear + 1, 0, 1) };
  const scale = (day: number) => ((day - domain.start) / (domain.end - domain.start)) * options.width;
  const kinds = (['event', 'article'] as const).filter((kind) => items.some((item) => item.kind === kind));

  const levels: ChartAggregation[] = ['none', 'month', 'year'];
  let aggregation: ChartAggregation = 'year';
  let placedRows: Placed[][] = [];
  for (const level of levels) {
    aggregation = level;
    placedRows = kinds.map((kind) => placeBuckets(groupItems(items.filter((item) => item.kind === kind), level), scale, options));
    const marks = placedRows.reduce((sum, placed) => sum + placed.length, 0);
    if (marks <= options.maxMarks && placedRows.every((placed) => laneCount(placed) <= options.maxLanes)) break;
  }

  let y = 0;
  const rows = kinds.map((kind, index): ChartRow => {
    const placed = placedRows[index]!;
    const labelY = y + options.labelHeight * 0.75;
    const top = y + options.labelHeight;
    const lanes = laneCount(placed);
    y = top + lanes * options.laneHeight + options.labelHeight / 3;
    const marks = placed.map(({ bucket, x, width, lane }): ChartMark => {
      const single = bucket.items.length === 1 ? bucket.items[0] : undefined;
      return {
        kind,
        target: single ? { type: 'item', kind, id: single.id } : { type: 'period', period: bucket.period },
        period: single ? single.date : bucket.period,
        items: bucket.items,
        label: labelOf(kind, bucket.items, bucket.period),
        x,
        y: top + lane * options.laneHeight + 2,
        width,
        height: options.laneHeight - 4,
      };
    });
    return { kind, label: kind === 'event' ? 'Events' : 'Articles', labelY, lanes, marks };
  });

  // The axis uses the marks' own scale, so a leap year is a day wider and a year's bar fills its year exactly.
  const labelEvery = Math.ceil(MIN_YEAR_LABEL_WIDTH / (options.width / (lastYear - firstYear + 1)));
  const chartYears = Array.from({ length: lastYear - firstYear + 1 }, (_, index): ChartYear => {
    const span = getDaySpan({ year: firstYear + index });
    const x = scale(span.start);
    return { year: firstYear + index, x, width: scale(span.end) - x, labelled: index % labelEvery === 0 };
  });
  const axisY = y + options.labelHeight * 0.75;
  return { width: options.width, height: axisY + options.labelHeight / 3, aggregation, years: chartYears, axisY, rows, itemCount: items.length };
}

/** Whether a mark stands for a date known to its day (drawn solid) or a longer period (drawn as a span). */
export function isPointMark(mark: ChartMark): boolean {
  return mark.items.length === 1 && getPrecision(mark.period) === 'day';
}
