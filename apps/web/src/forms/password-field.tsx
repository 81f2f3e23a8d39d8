import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useT } from '../i18n/locale-provider';

/** Mantine's password input with its show/hide button named in the viewer's language. */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>((props, ref) => {
  const t = useT();
  return <PasswordInput ref={ref} visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }} {...props} />;
});
PasswordField.displayName = 'PasswordField';
