import { useCallback } from 'react';
import { useT } from '../../i18n/locale-provider';

export type Side = 'member' | 'partner';

/**
 * A side of a partnership in the viewer's words, from their own side: a partner contact
 * reads "your city" and "the member city", a program admin "your city" and "the partner
 * city". Network staff (`null`: neither side is theirs) read "the member city" and "the
 * partner city".
 */
export function useSideName(ownSide: Side | null): (side: Side) => string {
  const t = useT();
  return useCallback(
    (side: Side) => {
      // "your city" is the partner pages' word for their own side, whichever side that is.
      if (side === ownSide) return t('partner.side.partner');
      return side === 'member' ? t('partner.side.member') : t('agreements.side.partner');
    },
    [t, ownSide],
  );
}
