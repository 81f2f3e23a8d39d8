import type { JSX } from 'react';
import { Alert, Group, Loader, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { bareClient, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { AnchorLink } from '../../layout/anchor-link';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { AuthCard } from './auth-card';
import { useOnce } from './use-once';

const route = getRouteApi('/verify-email');

/** The page of the link in the verification email: confirms the address as soon as it opens. */
export function VerifyEmailPage(): JSX.Element {
  const t = useT();
  const { token } = route.useSearch();
  const verify = useMutation({
    mutationFn: async (value: string) => unwrap(await bareClient.POST('/v1/auth/verify-email', { body: { token: value } })),
  });
  useOnce(() => token && verify.mutate(token));

  return (
    <AuthCard title={t('verify.title')}>
      {!token && <Alert color="orange">{t('verify.missingToken')}</Alert>}
      {verify.isPending && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text>{t('verify.working')}</Text>
        </Group>
      )}
      {verify.isError && <ProblemAlert problem={asProblem(verify.error)} />}
      {verify.isSuccess && (
        <>
          <Alert color="green" role="status">
            {t('verify.done', { email: verify.data.email })}
          </Alert>
          <AnchorLink to="/sign-in" search={{ email: verify.data.email }}>
            {t('signIn.submit')}
          </AnchorLink>
        </>
      )}
    </AuthCard>
  );
}
