import { DEFAULT_NAMESPACE, namespaceSchema } from './namespace';

describe('namespaceSchema', () => {
  it.each(['scn', 'a', 't0a1b2c3d4e', 'run_2', 'a'.repeat(32)])('accepts %j', (namespace) => {
    expect(namespaceSchema.safeParse(namespace).success).toBe(true);
  });

  it.each(['', '1abc', '_abc', 'Scn', 'a-b', 'a.b', 'a>', 'a*', 'a b', 'a'.repeat(33)])('rejects %j', (namespace) => {
    const result = namespaceSchema.safeParse(namespace);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be 1-32 chars of a-z, 0-9 and _, starting with a letter');
  });

  it('accepts the default namespace', () => {
    expect(namespaceSchema.parse(DEFAULT_NAMESPACE)).toBe('scn');
  });
});
