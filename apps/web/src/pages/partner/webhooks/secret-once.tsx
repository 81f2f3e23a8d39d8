import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/locale-provider';

/**
 * A signing secret, shown the one time the API answers it (create, rotate). It lives only
 * in this component's state: nothing stores it, and leaving or dismissing it loses it.
 * The focus moves here so that a screen reader reads it and a keyboard reaches the copy
 * button next.
 */
export function SecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone(): void }) {
  const t = useT();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [secret]);
  return (
    <Paper ref={panel} tabIndex={-1} withBorder p="md" bg="yellow.0" role="region" aria-labelledby="webhook-secret-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="webhook-secret-title">
          {t('partner.webhooks.secret.title')}
        </Title>
        <Text size="sm" fw={700}>
          {t('partner.webhooks.secret.once')}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('partner.webhooks.secret.for', { url })}
        </Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="webhook-secret">
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" color={copied ? 'teal.9' : undefined} onClick={copy} aria-live="polite">
                {copied ? t('partner.webhooks.secret.copied') : t('partner.webhooks.secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('partner.webhooks.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
