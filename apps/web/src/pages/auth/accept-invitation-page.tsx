import type { JSX } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { bareClient, unwrap } from '../../api/client';
import { PasswordField } from '../../forms/password-field';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';
import { AuthCard } from './auth-card';
import { newPasswordSchema } from './auth-schemas';
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
  const { form, problem, submit } = useApiForm(newPasswordSchema, { password: '' });
  const onSubmit = submit(async ({ password }) => {
    const account = unwrap(await bareClient.POST('/v1/auth/invitations/accept', { body: { token: token ?? '', password } }));
    await signIn(account.email, password);
    await navigate({ to: '/' });
  });

  return (
    <AuthCard title={t('invitation.title')}>
      {token ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text>{t('invitation.intro')}</Text>
            <PasswordField
              label={t('auth.newPassword')}
              description={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              {...form.register('password')}
              error={form.formState.errors.password?.message}
            />
            <ProblemAlert problem={problem} />
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      ) : (
        <Alert color="orange">{t('verify.missingToken')}</Alert>
      )}
    </AuthCard>
  );
}
