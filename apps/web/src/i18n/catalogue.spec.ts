import { catalogue } from './catalogue';

describe('the catalogue the console shows', () => {
  it('starts with the first catalogue, adds the work one when asked, and keeps it in another language', async () => {
    await catalogue.show('en');
    expect(catalogue.snapshot()?.messages['nav.directory']).toBe('Partnership directory');
    expect(catalogue.snapshot()?.messages['staff.dashboard.title']).toBeUndefined();

    await catalogue.includeWork();
    const english = catalogue.snapshot()?.messages['staff.dashboard.title'];
    expect(english).toEqual(expect.any(String));

    await catalogue.show('fr');
    const shown = catalogue.snapshot();
    expect(shown?.locale).toBe('fr');
    expect(shown?.messages['staff.dashboard.title']).toEqual(expect.any(String));
    expect(shown?.messages['staff.dashboard.title']).not.toBe(english);
  });

  it('shows the language chosen last when two loads overlap', async () => {
    await Promise.all([catalogue.show('de'), catalogue.show('es')]);
    expect(catalogue.snapshot()?.locale).toBe('es');
  });
});
