import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { setContactsBodySchema } from '@scn/contracts/partnerships/partnerships.rpc';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { ProblemAlert } from '../../forms/problem-alert';
import { setServerErrors } from '../../forms/server-field-errors';
import { useDescribeViolation } from '../../forms/validation-message';
import { useLanguageName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import { LOCALES } from '../../i18n/locales';
import type { OnPartnershipChanged } from './partnership-changed';
import type { Side } from './side-name';

type Partnership = components['schemas']['Partnership'];
type Contact = components['schemas']['Contact'];
type ContactsInput = z.input<typeof setContactsBodySchema>;
type ContactsBody = z.output<typeof setContactsBodySchema>;

/** As many as the API keeps for a side. */
export const MAX_CONTACTS = 20;
const FIELDS = ['name', 'role', 'email', 'phone', 'language'] as const;
const blank: Contact = { name: '', email: '' };
/** An optional field left empty is not sent (the API would keep an empty role or phone). */
const emptyAsMissing = { setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value) };

/**
 * One side's contacts of a partnership (`PUT …/contacts/{side}`): name, role, email, phone
 * and the language their emails are written in, a contact at a time, added and removed.
 * Contacts are not terms: changing them needs no signature. Checked with the API's schema
 * before sending; the API's field errors (`body.contacts.1.email`) land on their fields.
 */
export function ContactsForm({
  partnership,
  side,
  legend,
  onChanged,
  onDone,
}: {
  partnership: Partnership;
  side: Side;
  /** What the form edits, in the viewer's words ("Lyon (your city)"). */
  legend: string;
  onChanged: OnPartnershipChanged;
  onDone(): void;
}) {
  const t = useT();
  const describe = useDescribeViolation();
  const languageName = useLanguageName();
  const current = side === 'member' ? partnership.memberContacts : partnership.partnerContacts;
  const form = useForm<ContactsInput, unknown, ContactsBody>({
    resolver: useContractResolver(setContactsBodySchema),
    defaultValues: { contacts: current.map((contact) => ({ ...contact })) },
  });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const errors = form.formState.errors.contacts;
  // The console's four languages, and a language a contact was given elsewhere (kept as it is).
  const languages = [...new Set<string>([...LOCALES, ...current.flatMap((contact) => (contact.language ? [contact.language] : []))])];

  const save = useMutation({
    mutationFn: async (body: ContactsBody) =>
      unwrap(await api.PUT('/v1/partnerships/{partnershipId}/contacts/{side}', { params: { path: { partnershipId: partnership.id, side } }, body })),
    onMutate: () => {
      setProblem(null);
      setUnplaced([]);
    },
    onSuccess: async (next) => {
      await onChanged(next);
      onDone();
    },
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      const paths = new Set(contacts.fields.flatMap((_field, index) => FIELDS.map((name) => `contacts.${index}.${name}`)));
      setUnplaced(setServerErrors(form, found, paths, describe));
    },
  });

  return (
    <form onSubmit={form.handleSubmit((body) => save.mutate(body))} noValidate aria-label={t('agreements.contacts.edit', { whose: legend })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('agreements.contacts.hint')}
        </Text>
        {contacts.fields.length === 0 && <Text size="sm">{t('agreements.contacts.noneLeft')}</Text>}
        {contacts.fields.map((field, index) => (
          <Fieldset key={field.id} legend={t('agreements.contacts.contact', { n: index + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('agreements.contacts.name')} required autoComplete="off" {...form.register(`contacts.${index}.name`)} error={errors?.[index]?.name?.message} />
              <TextInput label={t('agreements.contacts.role')} {...form.register(`contacts.${index}.role`, emptyAsMissing)} error={errors?.[index]?.role?.message} />
              <TextInput
                type="email"
                label={t('agreements.contacts.email')}
                required
                autoComplete="off"
                {...form.register(`contacts.${index}.email`)}
                error={errors?.[index]?.email?.message}
              />
              <TextInput type="tel" label={t('agreements.contacts.phone')} {...form.register(`contacts.${index}.phone`, emptyAsMissing)} error={errors?.[index]?.phone?.message} />
              <NativeSelect
                label={t('agreements.contacts.language')}
                data={[{ value: '', label: t('agreements.contacts.languageUnset') }, ...languages.map((tag) => ({ value: tag, label: languageName(tag) }))]}
                {...form.register(`contacts.${index}.language`, emptyAsMissing)}
                error={errors?.[index]?.language?.message}
              />
            </SimpleGrid>
            <Button variant="outline" color="red.9" size="xs" mt="sm" onClick={() => contacts.remove(index)}>
              {t('agreements.contacts.remove', { n: index + 1 })}
            </Button>
          </Fieldset>
        ))}
        {contacts.fields.length < MAX_CONTACTS && (
          <Button variant="default" onClick={() => contacts.append({ ...blank })} style={{ alignSelf: 'start' }}>
            {t('agreements.contacts.add')}
          </Button>
        )}
        <ProblemAlert problem={problem} />
        {unplaced.length > 0 && (
          <Text size="sm" c="red">
            {unplaced.join('; ')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.contacts.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
