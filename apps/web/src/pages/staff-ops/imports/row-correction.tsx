import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { useDescribeViolation } from '../../../forms/validation-message';
import { CityPicker } from '../../applicant/city-picker';
import { cityQuery } from '../../directory/directory-queries';
import type { ReportedRow } from './imports-queries';
import type { CityColumns, RowSide } from './row-sides';

const OTHER = 'other';
const SIDES: RowSide[] = ['member', 'partner'];

/**
 * Corrects the city of one side of a loaded row, chosen wrongly among places of one name
 * (`POST …/rows/{rowNumber}/correction`): which side, then the right city — one of the
 * side's other candidates, or any city of the gazetteer picked by name — and an optional
 * reason. The partnership moves to that city; the API's refusal (a pair that already has a
 * partnership…) shows as its title, with the field it names.
 */
export function RowCorrection({ importId, row, columns }: { importId: string; row: ReportedRow; columns: CityColumns }): ReactNode {
  const t = useT();
  const describe = useDescribeViolation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [side, setSide] = useState<RowSide>(() => (candidatesOf(row, columns, 'partner').length && !candidatesOf(row, columns, 'member').length ? 'partner' : 'member'));
  const [choice, setChoice] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // Keyboard focus follows the form: into it when it opens, back to its button when it closes.
  const formRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpened = useRef(false);
  useEffect(() => {
    if (opened) formRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    else if (wasOpened.current) buttonRef.current?.focus();
    wasOpened.current = opened;
  }, [opened]);
  const correct = useMutation({
    mutationFn: async (body: { side: RowSide; cityId: string; reason?: string }) =>
      unwrap(
        await api.POST('/v1/partnerships/imports/{importId}/rows/{rowNumber}/correction', {
          params: { path: { importId, rowNumber: row.rowNumber } },
          body,
        }),
      ),
    onSuccess: async () => {
      setOpened(false);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'imports', importId] });
    },
  });
  const problem = correct.error ? asProblem(correct.error) : null;
  const errors = problem ? fieldErrors(problem, describe) : {};
  const current = side === 'member' ? row.settlement.memberCityId : row.settlement.partnerCityId;
  const candidates = candidatesOf(row, columns, side).filter((city) => city.cityId !== current);
  const cityId = choice === OTHER || candidates.length === 0 ? picked : choice;
  const sideLabel = (of: RowSide) => t(of === 'member' ? 'ops.imports.side.member' : 'ops.imports.side.partner');

  if (!opened)
    return (
      <Group>
        <Button ref={buttonRef} size="xs" variant="default" onClick={() => setOpened(true)}>
          {t('ops.imports.correct.open', { row: row.rowNumber })}
        </Button>
      </Group>
    );
  return (
    <Stack
      gap="sm"
      component="form"
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (cityId) correct.mutate({ side, cityId, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      }}
    >
      <Radio.Group
        label={t('ops.imports.correct.side')}
        value={side}
        error={errors['side']}
        onChange={(value) => {
          setSide(value as RowSide);
          setChoice(null);
          setPicked(null);
        }}
      >
        <Stack gap={6} mt={4}>
          {SIDES.map((of) => (
            <Radio key={of} value={of} label={t('ops.imports.correct.sideOption', { side: sideLabel(of), name: row.row[columns[of]] ?? '—' })} />
          ))}
        </Stack>
      </Radio.Group>
      {candidates.length > 0 && (
        <Radio.Group label={t('ops.imports.correct.city')} value={choice} onChange={setChoice} error={choice !== OTHER ? errors['cityId'] : undefined}>
          <Stack gap={6} mt={4}>
            {candidates.map((city) => (
              <Radio
                key={city.cityId}
                value={city.cityId}
                label={t('ops.imports.candidate', { name: city.name, region: city.regionCode ?? '—', country: countryName(city.countryCode), population: city.population })}
              />
            ))}
            <Radio value={OTHER} label={t('ops.imports.correct.other')} />
          </Stack>
        </Radio.Group>
      )}
      {(candidates.length === 0 || choice === OTHER) && (
        <CityPicker label={t('ops.imports.correct.search')} required value={picked} error={errors['cityId']} onChange={(city) => setPicked(city?.id ?? null)} />
      )}
      <TextInput label={t('ops.imports.correct.reason')} maxLength={500} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={errors['reason']} />
      <ProblemAlert problem={problem} />
      <Group gap="xs">
        <Button type="submit" size="xs" disabled={!cityId} loading={correct.isPending}>
          {t('ops.imports.correct.submit', { row: row.rowNumber })}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpened(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

const candidatesOf = (row: ReportedRow, columns: CityColumns, side: RowSide) => row.candidates?.find((candidates) => candidates.column === columns[side])?.cities ?? [];

/** The corrections made to a row since it was loaded: which side, from which city to which, and why. */
export function RowCorrections({ row }: { row: ReportedRow }): ReactNode {
  if (row.settlement.corrections.length === 0) return null;
  return (
    <Stack gap={2}>
      {row.settlement.corrections.map((correction) => (
        <CorrectionEntry key={`${correction.at}-${correction.side}`} correction={correction} />
      ))}
    </Stack>
  );
}

function CorrectionEntry({ correction }: { correction: ReportedRow['settlement']['corrections'][number] }): ReactNode {
  const t = useT();
  const from = useQuery(cityQuery(correction.fromCityId));
  const to = useQuery(cityQuery(correction.toCityId));
  return (
    <Text size="sm">
      {t('ops.imports.correct.entry', {
        side: t(correction.side === 'member' ? 'ops.imports.side.member' : 'ops.imports.side.partner'),
        from: cityName(from.data) ?? correction.fromCityId,
        to: cityName(to.data) ?? correction.toCityId,
      })}
      {correction.reason ? ` · ${correction.reason}` : ''}
    </Text>
  );
}

/** A city of the gazetteer as the city picker names it (its lettered region tells same-named cities apart). */
function cityName(city: { name: string; regionCode: string | null; countryCode: string } | undefined): string | undefined {
  if (!city) return undefined;
  return `${city.name}${city.regionCode && /^[A-Z]{2,3}$/.test(city.regionCode) ? `, ${city.regionCode}` : ''} (${city.countryCode})`;
}
