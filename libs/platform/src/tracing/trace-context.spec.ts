import { childTraceparent, newTraceparent, traceIdOf } from './trace-context';

const FORMAT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

const parts = (traceparent: string) => traceparent.split('-');

describe(newTraceparent.name, () => {
  it('is a sampled W3C traceparent of version 00', () => {
    expect(newTraceparent()).toMatch(FORMAT);
  });

  it('is flagged unsampled when asked', () => {
    expect(newTraceparent({ sampled: false })).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  });

  it('starts a different trace each time', () => {
    expect(parts(newTraceparent())[1]).not.toBe(parts(newTraceparent())[1]);
  });

  it('never repeats an id, across the refills of its random pool', () => {
    const ids = Array.from({ length: 1_000 }, () => parts(newTraceparent()).slice(1, 3).join('-'));

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{32}-[0-9a-f]{16}$/.test(id) && !/^0+-/.test(id))).toBe(true);
  });
});

describe(childTraceparent.name, () => {
  it('keeps the trace id and flags and gives a new span id', () => {
    const child = childTraceparent(PARENT);

    expect(child).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(parts(child)[1]).toBe(TRACE_ID);
    expect(parts(child)[2]).not.toBe('00f067aa0ba902b7');
  });

  it('keeps a parent that is not sampled unsampled', () => {
    expect(parts(childTraceparent(`00-${TRACE_ID}-00f067aa0ba902b7-00`))[3]).toBe('00');
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['garbage', 'not-a-traceparent'],
    ['upper-case', PARENT.toUpperCase()],
    ['of an unknown version', `ff-${TRACE_ID}-00f067aa0ba902b7-01`],
    ['with a short trace id', `00-${TRACE_ID.slice(1)}-00f067aa0ba902b7-01`],
    ['with trailing text', `${PARENT}-extra`],
  ])('starts a new trace when the parent is %s', (_case, parent) => {
    const child = childTraceparent(parent);
    expect(child).toMatch(FORMAT);
    expect(parts(child)[1]).not.toBe(TRACE_ID);
  });

  it('rejects an all-zero trace id', () => {
    const child = childTraceparent(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`);
    expect(child).toMatch(FORMAT);
    expect(parts(child)[1]).not.toBe('0'.repeat(32));
  });

  it('rejects an all-zero parent id', () => {
    const child = childTraceparent(`00-${TRACE_ID}-${'0'.repeat(16)}-01`);
    expect(child).toMatch(FORMAT);
    expect(parts(child)[1]).not.toBe(TRACE_ID);
  });
});

describe(traceIdOf.name, () => {
  it('reads the trace id of a valid traceparent only', () => {
    expect(traceIdOf(PARENT)).toBe(TRACE_ID);
    expect(traceIdOf('garbage')).toBeUndefined();
    expect(traceIdOf(undefined)).toBeUndefined();
  });
});
