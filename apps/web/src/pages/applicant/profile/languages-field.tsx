import { ActionIcon, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useLanguageName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { LANGUAGE_LEVELS, type ProfileFormValues } from './profile-form-values';

/** Languages programs ask for most; the rest of a person's languages rarely decide eligibility. */
const LANGUAGE_TAGS = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar', 'ru', 'pl', 'sv', 'uk', 'tr', 'hi', 'he', 'el', 'cs'];

/** The languages an applicant speaks, each with its CEFR level (or native). */
export function LanguagesField({ form }: { form: UseFormReturn<ProfileFormValues> }) {
  const t = useT();
  const languageName = useLanguageName();
  const list = useFieldArray({ control: form.control, name: 'languages' });
  const errors = form.formState.errors.languages;
  return (
    // The fieldset around it (the profile page's) names the group: no heading of its own.
    <Stack gap="xs">
      {list.fields.map((field, index) => (
        <Group key={field.id} gap="xs" align="end" wrap="wrap">
          <NativeSelect
            label={t('profile.language', { n: index + 1 })}
            data={LANGUAGE_TAGS.map((tag) => ({ value: tag, label: languageName(tag) }))}
            {...form.register(`languages.${index}.language`)}
            error={errors?.[index]?.language?.message}
            style={{ flex: '1 1 140px' }}
          />
          <NativeSelect
            label={t('profile.level', { n: index + 1 })}
            data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: level === 'native' ? t('profile.level.native') : level }))}
            {...form.register(`languages.${index}.level`)}
            error={errors?.[index]?.level?.message}
            style={{ flex: '1 1 120px' }}
          />
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('profile.language.remove', { n: index + 1 })} onClick={() => list.remove(index)}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {errors?.message && (
        <Text c="red" size="sm">
          {errors.message}
        </Text>
      )}
      <Button variant="light" size="xs" onClick={() => list.append({ language: 'en', level: 'B1' })} style={{ alignSelf: 'start' }}>
        {t('profile.language.add')}
      </Button>
    </Stack>
  );
}
