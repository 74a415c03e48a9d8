/**
 * The build's log destination (astro.config.mjs `logger`): Astro's own Node logger, less the line
 * it prints for every page it writes. At 20,000 entries those are 20,000 lines that bury the one
 * warning that matters (DESIGN.md "Scales": "the build log has no line per entry"); each phase
 * still reports its start and its time, and every warning and error still prints.
 */
import nodeLogger from 'astro/logger/node';

/** What Astro's logger hands its destination. */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

// Astro writes a page's line in two parts: "  ├─ /path/index.html" with no line end, then its
// render time (or "(cached)") with the SKIP_FORMAT label. Building several pages at once
// (`build.concurrency`), it starts several lines before the first of them ends.
const PAGE_LINE_MARK = '\u251C\u2500';

/**
 * A filter that says, event by event, whether a log event is printed: not a page's line, nor the
 * time that completes it. Stateful: it counts the page lines begun and not yet completed.
 * @example const keep = createPageLineFilter(); keep({ label: null, level: 'info', message: '  ├─ /a/', newLine: false }) // false
 */
export function createPageLineFilter(): (event: LogEvent) => boolean {
  let openPageLines = 0;
  return (event) => {
    if (event.level !== 'info') return true;
    if (openPageLines > 0 && event.label === 'SKIP_FORMAT') {
      openPageLines -= 1;
      return false;
    }
    if (event.label === null && !event.newLine && event.message.includes(PAGE_LINE_MARK)) {
      openPageLines += 1;
      return false;
    }
    return true;
  };
}

/**
 * Whether a bundler log (Vite's `build.rolldownOptions.onLog`) is the known-harmless one: Astro's
 * MDX modules begin with its own "use astro:head-inject" directive, which the bundler reports as
 * a warning once per entry. Only that code for that directive; every other log still prints.
 */
export function isHarmlessBundlerLog(level: string, log: { code?: string | undefined; message: string }): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export interface BuildLogConfig {
  level?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Print the line per page after all, with its render time: for profiling a build. */
  pageLines?: boolean;
}

/** The destination Astro loads: its Node destination behind the page-line filter. */
export default function quietBuildLog(config: BuildLogConfig = {}) {
  const { pageLines = false, ...nodeConfig } = config;
  const destination = nodeLogger(nodeConfig);
  const keep = pageLines ? () => true : createPageLineFilter();
  return {
    ...destination,
    write(event: LogEvent) {
      if (keep(event)) destination.write(event as Parameters<typeof destination.write>[0]);
    },
  };
}
