import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * The two kinds of dates the API sends, each shown its own way:
 * - `day('2026-07-01')`, a calendar day (travel dates, start of a partnership): the same
 *   day for every viewer, so it is formatted in UTC, where the API wrote it;
 * - `moment('2026-03-01T09:00:00Z')`, an instant (a deadline): shown in the viewer's own
 *   time zone (the IntlProvider's), with the time.
 */
export function useDateFormats() {
  const intl = useIntl();
  return useMemo(
    () => ({
      day: (isoDate: string) => intl.formatDate(`${isoDate}T00:00:00Z`, { timeZone: 'UTC', dateStyle: 'medium' }),
      moment: (isoDateTime: string) => intl.formatDate(isoDateTime, { dateStyle: 'medium', timeStyle: 'short' }),
    }),
    [intl],
  );
}
