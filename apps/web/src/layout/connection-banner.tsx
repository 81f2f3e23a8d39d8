import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useConnectionLost } from '../api/connection';
import { useT } from '../i18n/locale-provider';

/**
 * Says so while the platform is out of reach: the browser reports no network, or a call
 * got no answer. Reads retry meanwhile (query-client.ts) and the banner goes away with the
 * first answer. A polite live region, so a screen reader hears it without losing its place.
 */
export function ConnectionBanner() {
  const t = useT();
  const lost = useConnectionLost();
  const { online } = useNetwork();
  return (
    <div role="status" aria-live="polite">
      {(lost || !online) && (
        <Alert color="orange" variant="filled" py={6} mb="sm">
          {t('connection.lost')}
        </Alert>
      )}
    </div>
  );
}
