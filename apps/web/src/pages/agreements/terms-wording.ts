import { useMemo } from 'react';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import type { TermsWording } from './terms-diff';

/** The terms' field names and values in the viewer's language. */
export function useTermsWording(): TermsWording {
  const t = useT();
  return useMemo(
    () => ({
      title: t('partner.terms.title'),
      kind: (kind) => t('partner.terms.kind', { kind: t(`directory.kind.${kind}` as MessageId) }),
      focusAreas: (areas) =>
        t('partner.terms.focusAreas', { areas: areas.length ? areas.map((area) => t(`category.${area}` as MessageId)).join(', ') : '—' }),
      duration: (years) => (years === undefined ? t('partner.terms.openEnded') : t('partner.terms.duration', { years })),
      commitments: t('partner.terms.commitments'),
      text: t('partner.terms.text'),
      labelled: (label) => t('partner.terms.labelled', { label }),
    }),
    [t],
  );
}
