import type { JSX } from 'react';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { bareClient, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { PasswordField } from '../../forms/password-field';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';
import { safeRedirect } from '../../routing/role-guard';
import { AuthCard } from './auth-card';
import { signInSchema } from './auth-schemas';

const route = getRouteApi('/sign-in');

/** Signs in with email and password; the tokens are kept for the next visits (api/session.ts). */
export async function signIn(email: string, password: string): Promise<void> {
  session.start(unwrap(await bareClient.POST('/v1/auth/login', { body: { email, password } })));
}

export function SignInPage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const { email, redirect } = route.useSearch();
  const { form, problem, submit } = useApiForm(signInSchema, { email: email ?? '', password: '' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = submit(async (values) => {
    await signIn(values.email, values.password);
    // Back to the page that asked for a signed-in person, else the directory.
    const back = safeRedirect(redirect);
    if (back) await navigate({ href: back });
    else await navigate({ to: '/' });
  });

  return (
    <AuthCard title={t('signIn.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.register('email')} error={errors.email?.message} />
          <PasswordField label={t('auth.password')} autoComplete="current-password" required {...form.register('password')} error={errors.password?.message} />
          <ProblemAlert problem={problem} />
          <Button type="submit" loading={isSubmitting}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Group justify="space-between" gap="xs">
        <Anchor component={Link} to="/reset-password" size="sm">
          {t('signIn.forgot')}
        </Anchor>
        <Anchor component={Link} to="/register" size="sm">
          {t('signIn.noAccount')}
        </Anchor>
      </Group>
    </AuthCard>
  );
}
