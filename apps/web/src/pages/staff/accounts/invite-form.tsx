import { Button, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../i18n/locales';
import { GrantsEditor } from './grants-editor';
import type { Grant } from './grants';
import { useDescribeViolation } from '../../../forms/validation-message';

/**
 * Invite a person: the platform emails them a link to choose a password (their language
 * is the email's). The API checks the grants (a scoped role names its scope) and answers
 * each problem on its field.
 */
export function InviteForm() {
  const t = useT();
  const describe = useDescribeViolation();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [language, setLanguage] = useState<Locale>('en');
  const [grants, setGrants] = useState<Grant[]>([]);
  const invite = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/accounts/invitations', { body: { email: email.trim(), displayName: displayName.trim(), language, grants } })),
    onSuccess: async () => {
      setEmail('');
      setDisplayName('');
      setGrants([]);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'accounts'] });
    },
  });
  const problem = invite.isError ? asProblem(invite.error) : null;
  const byField = problem ? fieldErrors(problem, describe) : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate();
      }}
      noValidate
      aria-label={t('staff.accounts.invite')}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('auth.email')} type="email" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={byField['email']} />
          <TextInput
            label={t('staff.accounts.displayName')}
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={byField['displayName']}
          />
          <NativeSelect
            label={t('staff.accounts.language')}
            value={language}
            data={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
            onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
            error={byField['language']}
          />
        </SimpleGrid>
        <GrantsEditor value={grants} onChange={setGrants} errors={byField} />
        <ProblemAlert problem={problem} />
        {invite.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('staff.accounts.invited', { email: invite.data.account.email, until: moment(invite.data.expiresAt) })}
          </Text>
        )}
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'start' }}>
          {t('staff.accounts.invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
