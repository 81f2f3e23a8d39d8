import type { JSX, ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import { PasswordField } from '../../forms/password-field';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';
import { newPasswordSchema } from './auth-schemas';

/**
 * Choosing a new password, as an emailed link asks for it (accepting an invitation,
 * resetting a password): the contract's password rule on the field, the API's problem
 * under it. `onPassword` makes the call; what follows it is the page's.
 */
export function NewPasswordForm({ intro, submitLabel, onPassword }: { intro?: ReactNode; submitLabel: string; onPassword: (password: string) => Promise<void> }): JSX.Element {
  const t = useT();
  const { form, problem, submit } = useApiForm(newPasswordSchema, { password: '' });
  const onSubmit = submit(({ password }) => onPassword(password));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {intro}
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
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
