import { safeRedirect } from './role-guard';

describe('where signing in leads back to', () => {
  it('follows local paths only', () => {
    expect(safeRedirect('/me/apply?step=2')).toBe('/me/apply?step=2');
    expect(safeRedirect('//evil.example/')).toBeUndefined();
    expect(safeRedirect('/\\evil.example')).toBeUndefined();
    expect(safeRedirect('https://evil.example/')).toBeUndefined();
    expect(safeRedirect(undefined)).toBeUndefined();
  });
});
