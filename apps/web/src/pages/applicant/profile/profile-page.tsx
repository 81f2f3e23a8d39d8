import type { JSX } from 'react';
import { Alert, Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { setServerErrors } from '../../../forms/server-field-errors';
import { useLocale, useT } from '../../../i18n/locale-provider';
import { LOCALE_NAMES, LOCALES } from '../../../i18n/locales';
import { profileQuery } from '../applicant-queries';
import { CityPicker } from '../city-picker';
import { GuardianConsent } from './guardian-consent';
import { LanguagesField } from './languages-field';
import { MemberProgramPicker } from './member-program-picker';
import { ageOn, toFormValues, toProfileBody, type ProfileFormValues } from './profile-form-values';
import { useDescribeViolation } from '../../../forms/validation-message';

/** Every path the form shows, so the API's field errors land on their fields. */
function formPaths(values: ProfileFormValues): Set<string> {
  const paths = ['givenName', 'familyName', 'birthDate', 'homeCityId', 'homeCountryCode', 'memberProgramId', 'phone', 'preferredLanguage', 'languages'];
  paths.push('emergencyContact.name', 'emergencyContact.relationship', 'emergencyContact.phone', 'emergencyContact.email', 'guardian.name', 'guardian.email');
  values.languages.forEach((_, index) => paths.push(`languages.${index}.language`, `languages.${index}.level`));
  return new Set(paths);
}

/** The applicant's profile (GET/PUT /v1/me/applicant-profile): who applies, from where, speaking what. */
export function ProfilePage(): JSX.Element {
  const t = useT();
  const profile = useQuery(profileQuery());
  if (profile.isError) return <ProblemAlert problem={asProblem(profile.error)} />;
  if (profile.data === undefined) return <Text role="status">{t('common.loading')}</Text>;
  return <ProfileForm initial={profile.data} />;
}

function ProfileForm({ initial }: { initial: Parameters<typeof toFormValues>[0] }) {
  const t = useT();
  const describe = useDescribeViolation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const form = useForm<ProfileFormValues>({ defaultValues: toFormValues(initial, locale) });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const errors = form.formState.errors;
  const birthDate = form.watch('birthDate');
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const age = ageOn(birthDate, today);
  // A minor names a guardian, who consents by an emailed link; shown too when one is named already.
  const showGuardian = (age !== null && age < 18) || initial?.guardian != null;

  const save = useMutation({
    mutationFn: async (values: ProfileFormValues) => unwrap(await api.PUT('/v1/me/applicant-profile', { body: toProfileBody(values) })),
    onMutate: () => {
      setProblem(null);
      setUnplaced([]);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(profileQuery().queryKey, saved);
      form.reset(toFormValues(saved, locale));
    },
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      setUnplaced(setServerErrors(form, found, formPaths(form.getValues()), describe));
    },
  });

  useEffect(() => {
    if (save.isSuccess) document.getElementById('profile-saved')?.focus();
  }, [save.isSuccess]);

  return (
    <Stack maw={760}>
      <Title order={1}>{t('profile.title')}</Title>
      <Text c="dimmed">{initial ? t('profile.intro') : t('profile.introNew')}</Text>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <Fieldset legend={t('profile.aboutYou')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('profile.givenName')} autoComplete="given-name" required {...form.register('givenName')} error={errors.givenName?.message} />
              <TextInput label={t('profile.familyName')} autoComplete="family-name" required {...form.register('familyName')} error={errors.familyName?.message} />
              <TextInput label={t('profile.birthDate')} type="date" autoComplete="bday" required {...form.register('birthDate')} error={errors.birthDate?.message} />
              <TextInput label={t('profile.phone')} type="tel" autoComplete="tel" {...form.register('phone')} error={errors.phone?.message} />
              <Controller
                control={form.control}
                name="homeCityId"
                render={({ field }) => (
                  <CityPicker
                    label={t('profile.homeCity')}
                    required
                    value={field.value || null}
                    error={errors.homeCityId?.message ?? errors.homeCountryCode?.message}
                    onChange={(city) => {
                      field.onChange(city?.id ?? '');
                      form.setValue('homeCountryCode', city?.countryCode ?? '');
                    }}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="memberProgramId"
                render={({ field }) => (
                  <MemberProgramPicker value={field.value || null} error={errors.memberProgramId?.message} onChange={(id) => field.onChange(id ?? '')} />
                )}
              />
              <NativeSelect
                label={t('profile.preferredLanguage')}
                description={t('profile.preferredLanguage.hint')}
                data={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))}
                {...form.register('preferredLanguage')}
                error={errors.preferredLanguage?.message}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('profile.languages')}>
            <LanguagesField form={form} />
          </Fieldset>
          <Fieldset legend={t('profile.emergencyContact')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('profile.contact.name')} required {...form.register('emergencyContact.name')} error={errors.emergencyContact?.name?.message} />
              <TextInput
                label={t('profile.contact.relationship')}
                required
                {...form.register('emergencyContact.relationship')}
                error={errors.emergencyContact?.relationship?.message}
              />
              <TextInput label={t('profile.contact.phone')} type="tel" required {...form.register('emergencyContact.phone')} error={errors.emergencyContact?.phone?.message} />
              <TextInput label={t('profile.contact.email')} type="email" {...form.register('emergencyContact.email')} error={errors.emergencyContact?.email?.message} />
            </SimpleGrid>
          </Fieldset>
          {showGuardian && (
            <Fieldset legend={t('profile.guardian')}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('profile.guardian.hint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('profile.guardian.name')} {...form.register('guardian.name')} error={errors.guardian?.name?.message} />
                <TextInput label={t('profile.guardian.email')} type="email" {...form.register('guardian.email')} error={errors.guardian?.email?.message} />
              </SimpleGrid>
              <GuardianConsent />
            </Fieldset>
          )}
          <ProblemAlert problem={problem} />
          {unplaced.length > 0 && (
            <Alert color="red" variant="outline">
              {unplaced.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </Alert>
          )}
          {save.isSuccess && !form.formState.isDirty && (
            <Alert id="profile-saved" tabIndex={-1} color="green" role="status">
              {t('profile.saved')}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'start' }}>
            {t('profile.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
