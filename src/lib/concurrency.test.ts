import { describe, expect, it } from 'vitest';
import { mapWithLimit } from './concurrency.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithLimit', () => {
  it('never runs more than the limit at once, and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithLimit([5, 1, 4, 2, 3, 0, 6], 3, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      await pause(ms);
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(most).toBe(3);
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
  });

  it('starts no new work after a failure, and rejects with it once running work has settled', async () => {
    const started: number[] = [];
    const outcome = mapWithLimit([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('EMFILE on 2');
      await pause(1);
      return item;
    });
    await expect(outcome).rejects.toThrow('EMFILE on 2');
    expect(started).toEqual([1, 2]);
  });

  it('maps an empty list to an empty list, and refuses a limit below one', async () => {
    await expect(mapWithLimit([], 4, async () => 1)).resolves.toEqual([]);
    await expect(mapWithLimit([1], 0, async () => 1)).rejects.toThrow('limit must be at least 1');
  });
});
