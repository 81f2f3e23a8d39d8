import type { JSX } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/locale-provider';

export function NotFoundPage(): JSX.Element {
  const t = useT();
  return (
    <Stack>
      <Title order={1}>{t('common.notFound.title')}</Title>
      <Text>{t('common.notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('common.backHome')}
      </Anchor>
    </Stack>
  );
}
