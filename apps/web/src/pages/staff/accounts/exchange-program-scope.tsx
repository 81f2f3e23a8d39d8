import { MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { programChoicesQuery } from '../../staff-programs/staff-queries';

/**
 * A reviewer's exchange programs, picked by title from the newest hundred programs (the
 * API lists programs by newest first and has no title search, so the search is the
 * picker's own); the form keeps their ids. An id picked before, outside those hundred,
 * stays chosen and shows as its id.
 */
export function ExchangeProgramScope(props: { value: string[]; error?: string; onChange(ids: string[]): void }) {
  const t = useT();
  const choices = useQuery(programChoicesQuery());
  const programs = choices.data?.items ?? [];
  const known = new Set(programs.map((program) => program.id));
  const data = [
    ...programs.map((program) => ({
      value: program.id,
      label: t('staff.accounts.scope.programOption', {
        title: program.title,
        season: program.season,
        status: t(`staffPrograms.status.${program.status}` as MessageId),
      }),
    })),
    ...props.value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  return (
    <MultiSelect
      label={t('staff.accounts.scope.exchange-program')}
      description={t('staff.accounts.scope.programHint')}
      searchable
      hidePickedOptions
      nothingFoundMessage={t(choices.isPending ? 'common.loading' : 'staff.accounts.scope.noProgram')}
      data={data}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  );
}
