import type { JSX } from 'react';
import { Alert, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { bareClient, unwrap } from '../../api/client';
import { useT } from '../../i18n/locale-provider';
import { AuthCard } from './auth-card';
import { NewPasswordForm } from './new-password-form';
import { signIn } from './sign-in-page';

const route = getRouteApi('/accept-invitation');

/**
 * The page of the link in an invitation: the invited person chooses a password, which
 * activates the account, and is then signed in with it (the API's answer names the
 * account's email), landing in the console rather than on a sign-in form.
 */
export function AcceptInvitationPage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const { token } = route.useSearch();
  const accept = async (password: string) => {
    const account = unwrap(await bareClient.POST('/v1/auth/invitations/accept', { body: { token: token ?? '', password } }));
    await signIn(account.email, password);
    await navigate({ to: '/' });
  };

  return (
    <AuthCard title={t('invitation.title')}>
      {token ? (
        <NewPasswordForm intro={<Text>{t('invitation.intro')}</Text>} submitLabel={t('invitation.submit')} onPassword={accept} />
      ) : (
        <Alert color="orange">{t('verify.missingToken')}</Alert>
      )}
    </AuthCard>
  );
}
