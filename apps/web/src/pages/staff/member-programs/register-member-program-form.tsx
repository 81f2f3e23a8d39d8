import { Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors, type Problem } from '../../../api/problem';
import { useContractResolver } from '../../../forms/contract-resolver';
import { ProblemAlert } from '../../../forms/problem-alert';
import { setServerErrors } from '../../../forms/server-field-errors';
import { useDescribeViolation } from '../../../forms/validation-message';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CityPicker } from '../../applicant/city-picker';
import { MEMBERSHIPS } from '../staff-search';
import { DetailsFields } from './details-fields';
import { detailPaths, emptyDetails, memberProgramDetailsSchema, type DetailsBody, type DetailsInput } from './member-program-details';

type MemberProgram = components['schemas']['MemberProgram'];
type Membership = MemberProgram['membership'];
/** The fields outside the details form: their errors, the contract's or the API's, by field. */
type OtherErrors = Partial<Record<'cityId' | 'membership' | 'duesPaidThrough', string>>;
const OUTSIDE_DETAILS: ReadonlySet<string> = new Set(['cityId', 'membership', 'duesPaidThrough']);

/**
 * Registers a member program (`POST /v1/member-programs`): its city picked from the
 * gazetteer by name, its name, website and contacts, its membership and the year its dues
 * are paid through. A city is asked for before anything is sent; the API's field errors
 * land on their fields (`contacts.0.email`, `cityId` for a city it does not know).
 */
export function RegisterMemberProgramForm({ onRegistered }: { onRegistered(program: MemberProgram): Promise<void> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<DetailsInput, unknown, DetailsBody>({ resolver: useContractResolver(memberProgramDetailsSchema), defaultValues: emptyDetails() });
  const [cityId, setCityId] = useState<string | null>(null);
  const [membership, setMembership] = useState<Membership>('member');
  const [duesPaidThrough, setDuesPaidThrough] = useState<number | null>(null);
  const [others, setOthers] = useState<OtherErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const register = useMutation({
    mutationFn: async ({ details, city }: { details: DetailsBody; city: string }) =>
      unwrap(await api.POST('/v1/member-programs', { body: { ...details, cityId: city, membership, duesPaidThrough } })),
    onMutate: () => {
      setProblem(null);
      setUnplaced([]);
    },
    onSuccess: (created) => onRegistered(created),
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      const byField = fieldErrors(found, describe);
      // A city the gazetteer does not know is a 404 without a field: it is the city's all the same.
      const cityError = byField['cityId'] ?? (found.code === 'CITY.NOT_FOUND' ? t('staff.memberProgram.cityUnknown') : undefined);
      setOthers({ cityId: cityError, membership: byField['membership'], duesPaidThrough: byField['duesPaidThrough'] });
      const lines = setServerErrors(form, found, detailPaths(form.getValues('contacts')?.length ?? 0), describe);
      setUnplaced(lines.filter((line) => !OUTSIDE_DETAILS.has(line.slice(0, line.indexOf(':')))));
    },
  });

  // The city is checked with the rest: both kinds of error show at once.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    setOthers(cityId ? {} : { cityId: t('staff.memberProgram.cityRequired') });
    void form.handleSubmit((details) => {
      if (cityId) register.mutate({ details, city: cityId });
    })(event);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('staff.registerProgram.title')}>
      <Stack>
        <CityPicker label={t('staff.memberProgram.city')} required value={cityId} error={others.cityId} onChange={(city) => setCityId(city?.id ?? null)} />
        <DetailsFields form={form} />
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('staff.memberPrograms.column.membership')}
            value={membership}
            data={MEMBERSHIPS.map((value) => ({ value, label: t(`staff.membership.${value}` as MessageId) }))}
            onChange={(event) => setMembership(event.currentTarget.value as Membership)}
            error={others.membership}
          />
          <NumberInput
            label={t('staff.memberProgram.duesPaidThrough')}
            min={1900}
            max={2200}
            allowDecimal={false}
            value={duesPaidThrough ?? ''}
            onChange={(value) => setDuesPaidThrough(typeof value === 'number' ? value : null)}
            error={others.duesPaidThrough}
          />
        </Group>
        <ProblemAlert problem={problem} />
        {unplaced.length > 0 && (
          <Text size="sm" c="red">
            {unplaced.join('; ')}
          </Text>
        )}
        <Button type="submit" loading={register.isPending} style={{ alignSelf: 'start' }}>
          {t('staff.registerProgram.submit')}
        </Button>
      </Stack>
    </form>
  );
}
