import { Group, NativeSelect, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { useT } from '../../i18n/locale-provider';
import { diffTerms, termsAsText } from './terms-diff';
import { useTermsWording } from './terms-wording';
import classes from './terms-diff-view.module.css';

type Version = components['schemas']['AgreementVersion'];

/**
 * Two versions of the terms compared word by word. Additions and removals are marked by
 * more than colour: added words are underlined, removed ones struck through, and each is
 * preceded by a hidden "added:" / "removed:" for screen readers.
 */
export function TermsDiffView({ versions, defaultFrom, defaultTo }: { versions: Version[]; defaultFrom: number; defaultTo: number }) {
  const t = useT();
  const wording = useTermsWording();
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const older = versions.find((version) => version.version === from);
  const newer = versions.find((version) => version.version === to);
  const options = versions.map((version) => ({ value: String(version.version), label: t('partner.version', { version: version.version }) }));
  const parts = older && newer ? diffTerms(termsAsText(older.terms, wording), termsAsText(newer.terms, wording)) : [];
  const changes = parts.filter((part) => part.change !== 'same').length;

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('partner.diff.title')}
      </Title>
      <Group grow align="end" gap="xs">
        <NativeSelect label={t('partner.diff.from')} value={String(from)} data={options} onChange={(e) => setFrom(Number(e.currentTarget.value))} />
        <NativeSelect label={t('partner.diff.to')} value={String(to)} data={options} onChange={(e) => setTo(Number(e.currentTarget.value))} />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {changes === 0 ? t('partner.diff.none') : t('partner.diff.legend')}
      </Text>
      <Paper withBorder p="sm" className={classes.diff} data-testid="terms-diff">
        {parts.map((part, index) =>
          part.change === 'added' ? (
            <ins key={index}>
              <VisuallyHidden>{`[${t('partner.diff.added')}: `}</VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          ) : part.change === 'removed' ? (
            <del key={index}>
              <VisuallyHidden>{`[${t('partner.diff.removed')}: `}</VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </Paper>
    </Stack>
  );
}
