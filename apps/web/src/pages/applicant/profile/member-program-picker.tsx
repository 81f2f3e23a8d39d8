import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useT } from '../../../i18n/locale-provider';

/**
 * A member program found by typing its name or city: the one an applicant belongs to, or
 * (with its own label) the one staff propose a partnership for.
 */
export function MemberProgramPicker(props: {
  value: string | null;
  error?: string;
  label?: string;
  description?: string;
  required?: boolean;
  onChange(id: string | null): void;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const found = useQuery({
    queryKey: ['member-programs', 'search', typed],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/member-programs', { params: { query: { ...(typed.trim() ? { q: typed.trim() } : {}), limit: 20 } }, signal })),
    staleTime: 5 * 60_000,
  });
  const chosen = useQuery({
    queryKey: ['member-programs', 'one', props.value],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/member-programs/{memberProgramId}', { params: { path: { memberProgramId: props.value ?? '' } }, signal })),
    enabled: props.value !== null,
    staleTime: Infinity,
  });
  const programs = new Map([...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? [])].map((program) => [program.id, program]));
  return (
    <Select
      label={props.label ?? t('profile.memberProgram')}
      description={props.description ?? t('profile.memberProgram.hint')}
      required={props.required}
      searchable
      clearable={!props.required}
      data={[...programs.values()].map((program) => ({ value: program.id, label: `${program.name} (${program.city.name})` }))}
      value={props.value}
      error={props.error}
      onSearchChange={setTyped}
      onChange={props.onChange}
      filter={({ options }) => options}
    />
  );
}
