import { Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import { RequirementsEditor } from './requirements-editor';
import { requirementsValues, type ProgramRequirements } from './requirements-values';
import { managedRequirementsQuery, type ManagedProgram } from './staff-queries';

/**
 * The program's application requirements on its page. Served by the applications service,
 * which learns a program once it is published: a draft says so, and a program just published
 * waits (asked again every few seconds) until that service knows it.
 */
export function RequirementsSection({ program }: { program: ManagedProgram }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('staffPrograms.requirements')}
      </Title>
      {program.status === 'draft' ? <Text size="sm">{t('staffPrograms.requirements.draft')}</Text> : <PublishedRequirements programId={program.id} />}
    </Stack>
  );
}

function PublishedRequirements({ programId }: { programId: string }) {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const query = useQuery(managedRequirementsQuery(programId));
  if (query.isError) return <ProblemAlert problem={asProblem(query.error)} />;
  if (query.data === undefined) return <Text role="status">{t('common.loading')}</Text>;
  if (query.data === null) {
    return (
      <Text size="sm" role="status">
        {t('staffPrograms.requirements.unknownYet')}
      </Text>
    );
  }
  const requirements = query.data;
  return (
    <>
      <Text size="sm" c="dimmed">
        {requirements.source === 'default' || requirements.updatedAt === null
          ? t('staffPrograms.requirements.default')
          : t('staffPrograms.requirements.updated', { at: moment(requirements.updatedAt) })}
      </Text>
      <Editor
        requirements={requirements}
        save={async (body) => {
          const next = unwrap(
            await api.PUT('/v1/manage/exchange-programs/{exchangeProgramId}/application-requirements', { params: { path: { exchangeProgramId: programId } }, body }),
          );
          queryClient.setQueryData(managedRequirementsQuery(programId).queryKey, next);
        }}
      />
    </>
  );
}

function Editor({ requirements, save }: { requirements: ProgramRequirements; save: Parameters<typeof RequirementsEditor>[0]['save'] }) {
  // The form keeps what was typed across saves (its own defaults are read once).
  const [initial] = useState(() => requirementsValues(requirements));
  return <RequirementsEditor initial={initial} save={save} />;
}
