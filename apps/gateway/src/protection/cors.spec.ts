import { normaliseOrigins } from './cors';

describe('normaliseOrigins', () => {
  it('reduces each configured URL to the origin browsers send', () => {
    expect([...normaliseOrigins(['https://app.example.com/', 'http://localhost:3000/path', 'https://EXAMPLE.org:443'])]).toEqual([
      'https://app.example.com',
      'http://localhost:3000',
      'https://example.org',
    ]);
  });

  it('is empty for no configured origin', () => {
    expect(normaliseOrigins([]).size).toBe(0);
  });
});
