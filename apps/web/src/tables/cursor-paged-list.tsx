import { Anchor, Button, Group, Stack, Text, type MantineSpacing } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { asProblem } from '../api/problem';
import { ProblemAlert } from '../forms/problem-alert';

/**
 * A list the API answers a cursor page at a time (past imports, announcements, matching
 * runs): its problem if the read failed, a line when there is nothing yet, the items as a
 * list, and "show more" while the API has a next page.
 */
export function CursorPagedList<T extends { id: string }>({
  query,
  emptyText,
  moreLabel,
  gap = 4,
  renderItem,
}: {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  emptyText: string;
  moreLabel: string;
  gap?: MantineSpacing | number;
  /** The item's `<li>`. */
  renderItem(item: T): ReactNode;
}): ReactNode {
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      {query.isError && <ProblemAlert problem={asProblem(query.error)} />}
      {query.data && items.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      <Stack gap={gap} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map(renderItem)}
      </Stack>
      {query.hasNextPage && (
        <Group>
          <Button variant="default" size="xs" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {moreLabel}
          </Button>
        </Group>
      )}
    </>
  );
}

/** An item of such a list that opens on the page: a button-like link, marked while it is the one shown. */
export function OpenableEntry({ shown, onOpen, children }: { shown: boolean; onOpen(): void; children: ReactNode }): ReactNode {
  return (
    <Anchor
      component="button"
      type="button"
      onClick={onOpen}
      aria-current={shown ? 'true' : undefined}
      fw={shown ? 700 : undefined}
      style={{ textAlign: 'start', overflowWrap: 'anywhere' }}
    >
      {children}
    </Anchor>
  );
}
