import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { openProgramsQuery } from '../applicant-queries';
import { MAX_CHOICES, toggleChoice, type Choice } from './ranked-choices';
import { RankingList } from './ranking-list';

/** Step 1: tick the programs to apply to (one season), then rank them. */
export function ChooseStep(props: {
  choices: Choice[];
  onChange(next: Choice[]): void;
  locked: boolean;
  problems: Map<string, string[]>;
  /** Seasons the applicant has applied for already. */
  takenSeasons: ReadonlySet<number>;
}) {
  const t = useT();
  const programs = useQuery(openProgramsQuery());
  if (programs.isError) return <ProblemAlert problem={asProblem(programs.error)} />;
  const chosen = new Set(props.choices.map((choice) => choice.exchangeProgramId));
  const open = programs.data?.items.filter((program) => !props.takenSeasons.has(program.season));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('apply.choose.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('apply.choose.hint', { max: MAX_CHOICES })}
      </Text>
      {!programs.data && <Text role="status">{t('common.loading')}</Text>}
      {props.takenSeasons.size > 0 && <Text size="sm">{t('apply.choose.taken', { seasons: [...props.takenSeasons].sort().join(', ') })}</Text>}
      {open?.length === 0 && <Text>{t('apply.choose.none')}</Text>}
      <Stack gap="xs" role="group" aria-label={t('apply.choose.title')}>
        {open?.map((program) => (
          <Checkbox
            key={program.id}
            disabled={props.locked}
            checked={chosen.has(program.id)}
            label={`${program.title} — ${t('program.season', { season: program.season })}`}
            onChange={() => props.onChange(toggleChoice(props.choices, { exchangeProgramId: program.id, title: program.title, season: program.season }))}
          />
        ))}
      </Stack>
      {props.choices.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('apply.rank.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('apply.rank.hint')}
          </Text>
          <RankingList choices={props.choices} onChange={props.onChange} problems={props.problems} />
        </>
      )}
    </Stack>
  );
}
