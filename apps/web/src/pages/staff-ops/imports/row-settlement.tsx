import { Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { ReportedRow } from './imports-queries';
import { DEFAULT_CITY_COLUMNS, resolutionSides, sideNamedByReason, undecidedSides, type CityColumns, type NewCity, type RowSide, type SideChoice } from './row-sides';
import { useDescribeViolation } from '../../../forms/validation-message';

type Resolution = components['schemas']['PartnershipImportRowResolution'];
const NO_CITY: NewCity = { name: '', countryCode: '', latitude: '', longitude: '' };
const ADD = 'add';

/**
 * Settles one row the import could not load, as the API allows: for each side whose name
 * fits several places, choose one of its candidates or add a city to the gazetteer, then
 * load the row; or dismiss it with a reason. A row with no candidates (a city not found)
 * can have a city added for the side the reason names.
 */
export function RowSettlement({ importId, row, columns = DEFAULT_CITY_COLUMNS }: { importId: string; row: ReportedRow; columns?: CityColumns }): ReactNode {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const undecided = undecidedSides(row, columns);
  const [choices, setChoices] = useState<Partial<Record<RowSide, SideChoice>>>({});
  const [sideToAdd, setSideToAdd] = useState<RowSide>(() => sideNamedByReason(row.reason, columns));
  const [reason, setReason] = useState('');
  const settle = useMutation({
    mutationFn: async (resolution: Resolution) =>
      unwrap(
        await api.POST('/v1/partnerships/imports/{importId}/rows/{rowNumber}/resolution', {
          params: { path: { importId, rowNumber: row.rowNumber } },
          body: resolution,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'imports', importId] }),
  });
  const problem = settle.error ? asProblem(settle.error) : null;
  const errors = problem ? fieldErrors(problem, describe) : {};
  const sides: RowSide[] = undecided.length ? undecided.map((side) => side.side) : [sideToAdd];
  const loadable = sides.every((side) => choices[side]);
  const label = (side: RowSide) => t(side === 'member' ? 'ops.imports.side.member' : 'ops.imports.side.partner');

  return (
    <Stack gap="sm">
      {undecided.map(({ side, cities }, index) => (
        <SideChooser
          key={side}
          legend={t('ops.imports.settle.chooseFor', { side: label(side), name: row.row[columns[side]] ?? '' })}
          cities={cities}
          choice={choices[side]}
          errorPrefix={`sides.${index}`}
          errors={errors}
          onChange={(choice) => setChoices((current) => ({ ...current, [side]: choice }))}
        />
      ))}
      {undecided.length === 0 && (
        <Stack gap="xs">
          <Radio.Group label={t('ops.imports.settle.addFor')} value={sideToAdd} onChange={(value) => setSideToAdd(value as RowSide)}>
            <Group gap="md" mt={4}>
              <Radio value="member" label={label('member')} />
              <Radio value="partner" label={label('partner')} />
            </Group>
          </Radio.Group>
          <NewCityFields
            value={choices[sideToAdd]?.kind === 'add' ? choices[sideToAdd].city : NO_CITY}
            errorPrefix="sides.0.city"
            errors={errors}
            onChange={(city) => setChoices({ [sideToAdd]: { kind: 'add', city } })}
          />
        </Stack>
      )}
      <Group gap="xs">
        <Button size="xs" disabled={!loadable} loading={settle.isPending} onClick={() => settle.mutate({ action: 'load', sides: resolutionSides(pick(choices, sides)) })}>
          {t('ops.imports.settle.load', { row: row.rowNumber })}
        </Button>
      </Group>
      <Group gap="xs" align="end">
        <TextInput
          size="xs"
          label={t('ops.imports.settle.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors['reason']}
          style={{ flex: '1 1 200px' }}
        />
        <Button size="xs" variant="light" color="gray" disabled={!reason.trim()} loading={settle.isPending} onClick={() => settle.mutate({ action: 'dismiss', reason: reason.trim() })}>
          {t('ops.imports.settle.dismiss', { row: row.rowNumber })}
        </Button>
      </Group>
      <ProblemAlert problem={problem} />
    </Stack>
  );
}

const pick = (choices: Partial<Record<RowSide, SideChoice>>, sides: RowSide[]) => Object.fromEntries(sides.map((side) => [side, choices[side]])) as Partial<Record<RowSide, SideChoice>>;

function SideChooser(props: {
  legend: string;
  cities: Array<components['schemas']['PartnershipImportCandidate']>;
  choice: SideChoice | undefined;
  errorPrefix: string;
  errors: Record<string, string>;
  onChange(choice: SideChoice): void;
}): ReactNode {
  const t = useT();
  const countryName = useCountryName();
  const value = props.choice?.kind === 'choose' ? props.choice.cityId : props.choice ? ADD : null;
  return (
    <Stack gap={4}>
      <Radio.Group
        label={props.legend}
        value={value}
        error={props.errors[`${props.errorPrefix}.cityId`]}
        onChange={(picked) => props.onChange(picked === ADD ? { kind: 'add', city: NO_CITY } : { kind: 'choose', cityId: picked })}
      >
        <Stack gap={6} mt={4}>
          {props.cities.map((city) => (
            <Radio
              key={city.cityId}
              value={city.cityId}
              label={t('ops.imports.candidate', {
                name: city.name,
                region: city.regionCode ?? '—',
                country: countryName(city.countryCode),
                population: city.population,
              })}
            />
          ))}
          <Radio value={ADD} label={t('ops.imports.settle.addCity')} />
        </Stack>
      </Radio.Group>
      {props.choice?.kind === 'add' && (
        <NewCityFields value={props.choice.city} errorPrefix={`${props.errorPrefix}.city`} errors={props.errors} onChange={(city) => props.onChange({ kind: 'add', city })} />
      )}
    </Stack>
  );
}

function NewCityFields(props: { value: NewCity; errorPrefix: string; errors: Record<string, string>; onChange(city: NewCity): void }): ReactNode {
  const t = useT();
  const field = (key: keyof NewCity, label: string) => (
    <TextInput
      size="xs"
      label={label}
      value={props.value[key]}
      error={props.errors[`${props.errorPrefix}.${key}`]}
      onChange={(event) => props.onChange({ ...props.value, [key]: event.currentTarget.value })}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      {field('name', t('ops.imports.city.name'))}
      {field('countryCode', t('ops.imports.city.country'))}
      {field('latitude', t('ops.imports.city.latitude'))}
      {field('longitude', t('ops.imports.city.longitude'))}
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {t('ops.imports.city.hint')}
      </Text>
    </SimpleGrid>
  );
}
