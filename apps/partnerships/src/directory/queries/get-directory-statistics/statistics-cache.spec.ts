import { emptyStatistics } from './statistics.view';
import { StatisticsCache } from './statistics-cache';

describe(StatisticsCache.name, () => {
  it('serves a computation again until it is older than the TTL', async () => {
    let now = 0;
    const sut = new StatisticsCache(1_000, () => now);
    const compute = jest.fn(async () => emptyStatistics());
    await sut.get('a', compute);
    now = 999;
    await sut.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    await sut.get('b', compute);
    now = 1_000;
    await sut.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps no failure and caches nothing with a TTL of 0', async () => {
    const sut = new StatisticsCache(1_000);
    await expect(sut.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(sut.get('a', async () => emptyStatistics())).resolves.toMatchObject({ total: 0 });
    const off = new StatisticsCache(0);
    const compute = jest.fn(async () => emptyStatistics());
    await off.get('a', compute);
    await off.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
