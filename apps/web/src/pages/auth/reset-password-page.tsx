import type { JSX } from 'react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { bareClient, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';
import { AuthCard } from './auth-card';
import { requestResetSchema } from './auth-schemas';
import { NewPasswordForm } from './new-password-form';

const route = getRouteApi('/reset-password');

/** Without a token: ask for the emailed link. With one (the link in that email): set the new password. */
export function ResetPasswordPage(): JSX.Element {
  const { token } = route.useSearch();
  return token ? <ChooseNewPassword token={token} /> : <RequestResetLink />;
}

function RequestResetLink() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, problem, submit } = useApiForm(requestResetSchema, { email: '' });
  const onSubmit = submit(async ({ email }) => {
    unwrap(await bareClient.POST('/v1/auth/password-reset', { body: { email } }));
    setSentTo(email);
  });
  return (
    <AuthCard title={t('reset.request.title')}>
      {sentTo ? (
        <Alert color="green" role="status">
          {t('reset.request.done', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.register('email')} error={form.formState.errors.email?.message} />
            <ProblemAlert problem={problem} />
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('reset.request.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const t = useT();
  const [done, setDone] = useState(false);
  const reset = async (password: string) => {
    unwrap(await bareClient.POST('/v1/auth/password-reset/confirm', { body: { token, password } }));
    setDone(true);
  };
  return (
    <AuthCard title={t('reset.confirm.title')}>
      {done ? (
        <>
          <Alert color="green" role="status">
            {t('reset.confirm.done')}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('signIn.submit')}
          </Anchor>
        </>
      ) : (
        <NewPasswordForm submitLabel={t('reset.confirm.submit')} onPassword={reset} />
      )}
    </AuthCard>
  );
}
