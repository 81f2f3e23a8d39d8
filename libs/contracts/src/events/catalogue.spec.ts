import { z } from 'zod';
import { defineEventCatalogue } from './catalogue';
import { domainEvents } from './domain-events';

describe(defineEventCatalogue.name, () => {
  it('returns a well-named catalogue unchanged', () => {
    const catalogue = { 'city.renamed.v2': { source: 'partnerships' as const, data: z.object({ name: z.string() }) } };
    expect(defineEventCatalogue(catalogue)).toBe(catalogue);
  });

  it.each(['city.renamed', 'City.renamed.v1', 'renamed.v1', 'city.renamed.v0', 'city_renamed.v1'])(
    'rejects the type name %j',
    (type) => {
      expect(() => defineEventCatalogue({ [type]: { source: 'partnerships', data: z.object({}) } })).toThrow(
        `Event type "${type}" does not match <aggregate>.<verb>.v<N>`,
      );
    },
  );

  it('accepts the platform catalogue', () => {
    expect(() => defineEventCatalogue(domainEvents)).not.toThrow();
    expect(Object.keys(domainEvents)).toContain('partnership.activated.v1');
  });
});
