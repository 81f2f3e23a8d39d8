import { List, Stack, Text, Title } from '@mantine/core';
import type { AgreementTerms } from './terms-diff';
import { useTermsWording } from './terms-wording';

/** One version's terms, field by field. */
export function TermsView({ terms }: { terms: AgreementTerms }) {
  const wording = useTermsWording();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {terms.title}
      </Title>
      <Text size="sm">{wording.kind(terms.kind)}</Text>
      <Text size="sm">{wording.focusAreas(terms.focusAreas)}</Text>
      <Text size="sm">{wording.duration(terms.durationYears)}</Text>
      {terms.commitments.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {wording.commitments}
          </Text>
          <List size="sm">
            {terms.commitments.map((commitment, index) => (
              <List.Item key={index}>{commitment}</List.Item>
            ))}
          </List>
        </>
      )}
      {terms.text && (
        <>
          <Text size="sm" fw={600}>
            {wording.text}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {terms.text}
          </Text>
        </>
      )}
    </Stack>
  );
}
