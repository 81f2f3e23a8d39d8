import { Checkbox, Stack, Switch, Text } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { WEBHOOK_TYPE_GROUPS } from './webhook-types';

/**
 * Which events an endpoint receives: every one, or those ticked (by group). Shared by the
 * form that adds an endpoint and the one that edits it.
 */
export function TypesChoice(props: {
  some: boolean;
  onSomeChange(some: boolean): void;
  value: string[];
  onChange(types: string[]): void;
  error?: string;
}) {
  const t = useT();
  return (
    <>
      <Switch label={t('partner.webhooks.someTypes')} checked={props.some} onChange={(event) => props.onSomeChange(event.currentTarget.checked)} />
      {props.some ? (
        <Checkbox.Group label={t('partner.webhooks.types')} value={props.value} onChange={props.onChange} error={props.error}>
          <Stack gap={6} mt={4}>
            {WEBHOOK_TYPE_GROUPS.map(({ group, types }) => (
              <Stack key={group} gap={4} role="group" aria-label={t(`partner.webhooks.group.${group}` as MessageId)}>
                <Text size="sm" fw={600}>
                  {t(`partner.webhooks.group.${group}` as MessageId)}
                </Text>
                {types.map((type) => (
                  <Checkbox key={type} value={type} label={<code>{type}</code>} />
                ))}
              </Stack>
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('partner.webhooks.allTypes')}
        </Text>
      )}
    </>
  );
}
