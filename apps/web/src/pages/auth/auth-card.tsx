import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow column every sign-in and emailed-link page sits in. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper maw={440} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
