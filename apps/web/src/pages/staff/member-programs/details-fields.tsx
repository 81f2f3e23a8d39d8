import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useLanguageName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { LOCALES } from '../../../i18n/locales';
import { MAX_CONTACTS, type DetailsBody, type DetailsInput } from './member-program-details';

/** An optional field left empty is not sent (the API would keep an empty role or phone). */
const emptyAsMissing = { setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value) };
/** A website left empty is none (`null`: on an update, it removes the one there was). */
const emptyAsNone = { setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value) };

/**
 * A member program's name, website and contacts (name, role, email, phone, the language of
 * their emails; added and removed one at a time), shared by registering a program and
 * editing one. Errors are the form's: the contract's rules and the API's field errors.
 */
export function DetailsFields({ form }: { form: UseFormReturn<DetailsInput, unknown, DetailsBody> }) {
  const t = useT();
  const languageName = useLanguageName();
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const errors = form.formState.errors;
  // The console's four languages, and a language a contact was given elsewhere (kept as it is).
  const given = (form.getValues('contacts') ?? []).flatMap((contact) => (contact.language ? [contact.language] : []));
  const languages = [...new Set<string>([...LOCALES, ...given])];
  return (
    <Stack>
      <TextInput label={t('staff.memberProgram.name')} required autoComplete="off" {...form.register('name')} error={errors.name?.message} />
      <TextInput
        type="url"
        label={t('staff.memberProgram.website')}
        description={t('staff.memberProgram.websiteHint')}
        autoComplete="off"
        {...form.register('website', emptyAsNone)}
        error={errors.website?.message}
      />
      <Text fw={500} size="sm">
        {t('staff.memberProgram.contacts')}
      </Text>
      {contacts.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('staff.memberProgram.noContacts')}
        </Text>
      )}
      {contacts.fields.map((field, index) => {
        const error = errors.contacts?.[index];
        return (
          <Fieldset key={field.id} legend={t('staff.memberProgram.contact.legend', { n: index + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('staff.memberProgram.contact.name')} required autoComplete="off" {...form.register(`contacts.${index}.name`)} error={error?.name?.message} />
              <TextInput label={t('staff.memberProgram.contact.role')} {...form.register(`contacts.${index}.role`, emptyAsMissing)} error={error?.role?.message} />
              <TextInput
                type="email"
                label={t('staff.memberProgram.contact.email')}
                required
                autoComplete="off"
                {...form.register(`contacts.${index}.email`)}
                error={error?.email?.message}
              />
              <TextInput type="tel" label={t('staff.memberProgram.contact.phone')} {...form.register(`contacts.${index}.phone`, emptyAsMissing)} error={error?.phone?.message} />
              <NativeSelect
                label={t('staff.memberProgram.contact.language')}
                data={[{ value: '', label: t('staff.memberProgram.contact.languageUnset') }, ...languages.map((tag) => ({ value: tag, label: languageName(tag) }))]}
                {...form.register(`contacts.${index}.language`, emptyAsMissing)}
                error={error?.language?.message}
              />
            </SimpleGrid>
            <Button variant="outline" color="red.9" size="xs" mt="sm" onClick={() => contacts.remove(index)}>
              {t('staff.memberProgram.contact.remove', { n: index + 1 })}
            </Button>
          </Fieldset>
        );
      })}
      {contacts.fields.length < MAX_CONTACTS && (
        <Button variant="default" onClick={() => contacts.append({ name: '', email: '' })} style={{ alignSelf: 'start' }}>
          {t('staff.memberProgram.contact.add')}
        </Button>
      )}
    </Stack>
  );
}
