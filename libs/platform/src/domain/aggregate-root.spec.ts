import { AggregateRoot, type RecordedEvent } from './aggregate-root';

class Counter extends AggregateRoot<RecordedEvent & { type: 'counter.incremented.v1'; data: { to: number } }> {
  private value = 0;

  increment(by: number): void {
    this.value += by;
    this.recordEvent({ type: 'counter.incremented.v1', data: { to: this.value } });
    this.recordChange('incremented', { by });
  }

  touch(): void {
    this.recordChange('touched');
  }
}

describe(AggregateRoot.name, () => {
  it('hands over the events and history lines recorded since the last pull, in order, once', () => {
    const sut = new Counter();
    sut.increment(1);
    sut.increment(2);
    expect(sut.pullEvents()).toEqual([
      { type: 'counter.incremented.v1', data: { to: 1 } },
      { type: 'counter.incremented.v1', data: { to: 3 } },
    ]);
    expect(sut.pullChanges()).toEqual([
      { action: 'incremented', details: { by: 1 } },
      { action: 'incremented', details: { by: 2 } },
    ]);
    expect(sut.pullEvents()).toEqual([]);
    expect(sut.pullChanges()).toEqual([]);
  });

  it('keeps events and history apart: pulling one leaves the other', () => {
    const sut = new Counter();
    sut.increment(5);
    sut.touch();
    expect(sut.pullChanges()).toEqual([
      { action: 'incremented', details: { by: 5 } },
      { action: 'touched', details: {} },
    ]);
    expect(sut.pullEvents()).toHaveLength(1);
  });
});
