import type { JSX } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { bareClient, unwrap } from '../../api/client';
import { PasswordField } from '../../forms/password-field';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useLocale, useT } from '../../i18n/locale-provider';
import { AuthCard } from './auth-card';
import { registerSchema } from './auth-schemas';

/** An applicant signs up; the platform emails a link to /verify-email, in the language chosen here. */
export function RegisterPage(): JSX.Element {
  const t = useT();
  const { locale } = useLocale();
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  const { form, problem, submit } = useApiForm(registerSchema, { displayName: '', email: '', password: '' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = submit(async (values) => {
    unwrap(await bareClient.POST('/v1/auth/register', { body: { ...values, language: locale } }));
    setRegisteredAs(values.email);
  });

  if (registeredAs) {
    return (
      <AuthCard title={t('register.done.title')}>
        <Alert color="green" role="status">
          {t('register.done.body', { email: registeredAs })}
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('register.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('auth.displayName')} autoComplete="name" required {...form.register('displayName')} error={errors.displayName?.message} />
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.register('email')} error={errors.email?.message} />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            {...form.register('password')}
            error={errors.password?.message}
          />
          <ProblemAlert problem={problem} />
          <Button type="submit" loading={isSubmitting}>
            {t('register.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
