import type { JSX } from 'react';
import { Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { asProblem, fieldErrors, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { useDescribeViolation } from '../../../forms/validation-message';
import { ColumnMappingFields, defaultMapping, mappingQuery, unmappedFields, type ColumnField, type ColumnMapping } from './column-mapping';
import { readFileHeader } from './file-header';
import { ImportReport } from './import-report';
import { ImportSummary } from './import-summary';
import { importQuery, pastImportsQuery, startImport } from './imports-queries';
import { PastImports } from './past-imports';

const route = getRouteApi('/staff/imports');

/**
 * Importing partnerships from a file: choose it, say which of its columns holds each field
 * (its header row read in the browser), upload it for a preview (what importing would do,
 * nothing written), confirm to import it with the same columns, follow its progress, then
 * settle the rows it reports. The import shown is in the URL (`?importId=`), so a reload
 * keeps it.
 */
export function ImportsPage(): JSX.Element {
  const t = useT();
  const describe = useDescribeViolation();
  const { importId } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ share: number } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The chosen file's header row (null: a workbook, whose columns are typed), and the columns chosen for each field. */
  const [header, setHeader] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [unmapped, setUnmapped] = useState<ColumnField[]>([]);
  /** The columns of this file's preview on this page: importing it with other columns needs a preview of those first. */
  const [previewed, setPreviewed] = useState<string | null>(null);
  const current = useQuery({ ...importQuery(importId ?? ''), enabled: importId !== undefined });
  const job = current.data;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setProblem(null);
    setUnmapped([]);
    setPreviewed(null);
    const read = chosen ? await readFileHeader(chosen).catch(() => null) : null;
    setHeader(read);
    setMapping(defaultMapping(read));
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setProblem(null);
    const missing = unmappedFields(mapping);
    setUnmapped(missing);
    if (missing.length > 0) {
      document.getElementById(`import-column-${missing[0]}`)?.focus();
      return;
    }
    setUpload({ share: 0 });
    try {
      const columns = mappingQuery(mapping);
      const started = await startImport(file, dryRun, columns, (share) => setUpload({ share }));
      if (dryRun) setPreviewed(JSON.stringify(columns));
      queryClient.setQueryData(importQuery(started.id).queryKey, started);
      await queryClient.invalidateQueries({ queryKey: pastImportsQuery().queryKey });
      await navigate({ search: { importId: started.id } });
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setUpload(null);
    }
  };
  const sameColumns = previewed === null || previewed === JSON.stringify(mappingQuery(mapping));
  const canConfirm = job?.dryRun === true && job.status === 'completed' && file !== null && sameColumns;
  const columnErrors: Partial<Record<ColumnField, string>> = { ...(problem ? fieldErrors(problem, describe, 'query') : {}) };
  for (const field of unmapped) columnErrors[field] = t('ops.imports.columns.needed');

  return (
    <Stack maw={960}>
      <Title order={1}>{t('ops.imports.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('ops.imports.intro')}
      </Text>
      <Card withBorder component="section" aria-labelledby="import-upload">
        <Stack gap="sm">
          <Title order={2} size="h3" id="import-upload">
            {t('ops.imports.upload.title')}
          </Title>
          <FileInput
            label={t('ops.imports.upload.file')}
            description={t('ops.imports.upload.hint')}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(chosen) => void choose(chosen)}
          />
          {file && (
            <ColumnMappingFields
              header={header}
              value={mapping}
              errors={columnErrors}
              onChange={(next) => {
                setMapping(next);
                setUnmapped((fields) => fields.filter((field) => !next[field]?.trim()));
              }}
            />
          )}
          {upload && <Progress value={Math.round(upload.share * 100)} aria-label={t('ops.imports.upload.progress')} />}
          <Group gap="xs">
            <Button disabled={!file} loading={upload !== null} onClick={() => void send(true)}>
              {t('ops.imports.upload.preview')}
            </Button>
            {canConfirm && (
              <Button loading={upload !== null} onClick={() => void send(false)}>
                {t('ops.imports.upload.confirm')}
              </Button>
            )}
          </Group>
          <ProblemAlert problem={problem} />
        </Stack>
      </Card>
      {current.isError && <ProblemAlert problem={asProblem(current.error)} />}
      {job && (
        <Card withBorder component="section" aria-labelledby="import-current">
          <Stack gap="md">
            <Title order={2} size="h3" id="import-current">
              {t(job.dryRun ? 'ops.imports.current.preview' : 'ops.imports.current.import')}
            </Title>
            <ImportSummary job={job} />
            {job.dryRun && job.status === 'completed' && !file && <Text size="sm">{t('ops.imports.current.chooseAgain')}</Text>}
            <ImportReport job={job} />
          </Stack>
        </Card>
      )}
      <PastImports current={importId} onOpen={(id) => void navigate({ search: { importId: id } })} />
    </Stack>
  );
}
