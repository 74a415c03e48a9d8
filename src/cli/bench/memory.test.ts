import { describe, expect, it } from 'vitest';
import { measureTreeRss, parseProcStat } from './memory.ts';

describe('parseProcStat', () => {
  it('reads the ids around a command name with spaces and parentheses', () => {
    expect(parseProcStat('4242 (node (astro) x) S 4200 4242 4242 0 -1')).toEqual({ pid: 4242, ppid: 4200 });
  });

  it('gives undefined for a line it cannot read', () => {
    expect(parseProcStat('')).toBeUndefined();
  });
});

describe('measureTreeRss', () => {
  const samples = [
    { pid: 1, ppid: 0, rssBytes: 1000 },
    { pid: 10, ppid: 1, rssBytes: 300 },
    { pid: 11, ppid: 10, rssBytes: 200 },
    { pid: 12, ppid: 10, rssBytes: 50 },
    { pid: 20, ppid: 1, rssBytes: 7000 },
  ];

  it('sums a process and everything below it, and nothing beside it, and finds the largest of them', () => {
    expect(measureTreeRss(samples, 10)).toEqual({ sum: 550, largest: 300 });
    expect(measureTreeRss(samples, 1)).toEqual({ sum: 8550, largest: 7000 });
  });

  it('gives 0 when the process has ended', () => {
    expect(measureTreeRss(samples, 99)).toEqual({ sum: 0, largest: 0 });
  });
});
