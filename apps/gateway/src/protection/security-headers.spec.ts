import { isDocsPath } from './security-headers';

describe('isDocsPath', () => {
  it.each(['/docs', '/docs/', '/docs/static/index.html', '/docs/json'])('treats %s as the docs UI', (path) => {
    expect(isDocsPath(path)).toBe(true);
  });

  it.each(['/docsearch', '/v1/docs', '/'])('treats %s as the API', (path) => {
    expect(isDocsPath(path)).toBe(false);
  });
});
