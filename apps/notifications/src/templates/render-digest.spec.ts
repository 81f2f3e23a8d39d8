import { renderDigest } from './render-digest';

const at = (iso: string) => new Date(iso);
const items = [
  { title: 'Applications open: Summer <b>orchestra</b>', summary: 'Applications are open until February 28, 2027.', createdAt: at('2027-01-15T09:00:00Z') },
  { title: 'Partnership suspended: Birmingham – Lyon', summary: 'The partnership between Birmingham and Lyon has been suspended.', createdAt: at('2027-01-14T18:45:00Z') },
];

describe(renderDigest.name, () => {
  it('lists the notifications, oldest first, with their local time', () => {
    const sut = renderDigest(items, { language: 'en', timeZone: 'America/New_York', recipientName: 'Ann' });

    expect(sut.subject).toBe('Your daily summary: 2 notifications');
    expect(sut.title).toBe('Your daily summary');
    expect(sut.summary).toBe('2 notifications since your last summary.');
    expect(sut.text.indexOf('Partnership suspended')).toBeLessThan(sut.text.indexOf('Applications open'));
    expect(sut.text).toMatch(/- Partnership suspended: Birmingham – Lyon \(Jan 14, 1:45\sPM\)\n {2}The partnership between/);
    expect(sut.text).toMatch(/\(Jan 15, 4:00\sAM\)/);
  });

  it('counts with the plural rules of each language', () => {
    const one = items.slice(0, 1);
    const options = (language: string) => ({ language, timeZone: 'Europe/Paris', recipientName: 'Ann' });
    expect(renderDigest(one, options('en')).subject).toBe('Your daily summary: 1 notification');
    expect(renderDigest(one, options('es')).subject).toBe('Su resumen diario: 1 notificación');
    expect(renderDigest(items, options('es')).subject).toBe('Su resumen diario: 2 notificaciones');
    expect(renderDigest(one, options('fr')).subject).toBe('Votre récapitulatif quotidien\u00a0: 1 notification');
    expect(renderDigest(items, options('de-CH')).subject).toBe('Ihre tägliche Zusammenfassung: 2 Benachrichtigungen');
    expect(renderDigest([], options('en')).subject).toBe('Your daily summary: nothing new');
  });

  it('escapes the lines in HTML', () => {
    const sut = renderDigest(items, { language: 'fr', recipientName: 'Ann' });
    expect(sut.html).toContain('Summer &lt;b&gt;orchestra&lt;/b&gt;');
    expect(sut.html).not.toContain('<b>orchestra');
    expect(sut.text).toContain('Summer <b>orchestra</b>');
  });
});
