import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import { moveChoice, type Choice } from './ranked-choices';

export interface RankingListProps {
  choices: Choice[];
  onChange(next: Choice[]): void;
  /** Eligibility problems the API named, by program: shown on the choice they concern. */
  problems?: Map<string, string[]>;
}

/**
 * The chosen programs in the order the applicant prefers them. Sorted by dragging the
 * handle, or by keyboard: Space picks the handle up, the arrows move it, Space drops it,
 * Escape cancels (dnd-kit's keyboard sensor, with announcements in the viewer's language).
 * The up/down buttons do the same in one press, for those who find dragging hard.
 */
export function RankingList({ choices, onChange, problems }: RankingListProps) {
  const t = useT();
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const title = (id: UniqueIdentifier) => choices.find((choice) => choice.exchangeProgramId === id)?.title ?? String(id);
  const rankOf = (id: UniqueIdentifier) => choices.findIndex((choice) => choice.exchangeProgramId === id) + 1;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(moveChoice(choices, rankOf(active.id) - 1, rankOf(over.id) - 1));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('apply.rank.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('apply.rank.picked', { title: title(active.id), rank: rankOf(active.id) }),
          onDragOver: ({ active, over }) => (over ? t('apply.rank.over', { title: title(active.id), rank: rankOf(over.id) }) : undefined),
          onDragEnd: ({ active, over }) => (over ? t('apply.rank.dropped', { title: title(active.id), rank: rankOf(over.id) }) : undefined),
          onDragCancel: ({ active }) => t('apply.rank.cancelled', { title: title(active.id) }),
        },
      }}
    >
      <SortableContext items={choices.map((choice) => choice.exchangeProgramId)} strategy={verticalListSortingStrategy}>
        <Stack component="ol" gap="xs" p={0} m={0} aria-label={t('apply.rank.label')} style={{ listStyle: 'none' }}>
          {choices.map((choice, index) => (
            <RankedChoice
              key={choice.exchangeProgramId}
              choice={choice}
              rank={index + 1}
              last={index === choices.length - 1}
              problems={problems?.get(choice.exchangeProgramId) ?? []}
              onMove={(to) => onChange(moveChoice(choices, index, to))}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

function RankedChoice(props: { choice: Choice; rank: number; last: boolean; problems: string[]; onMove(to: number): void }) {
  const t = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.choice.exchangeProgramId });
  const problemId = `choice-problems-${props.choice.exchangeProgramId}`;
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="xs"
      shadow={isDragging ? 'md' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition, borderColor: props.problems.length ? 'var(--mantine-color-red-6)' : undefined }}
    >
      <Group gap="xs" wrap="nowrap" align="start">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          size="lg"
          aria-label={t('apply.rank.handle', { title: props.choice.title, rank: props.rank })}
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
          // dnd-kit describes the handle by its instructions; the choice's problems are read after them.
          aria-describedby={[attributes['aria-describedby'], props.problems.length ? problemId : null].filter(Boolean).join(' ')}
        >
          ⠿
        </ActionIcon>
        <Badge variant="filled" circle size="lg" aria-hidden>
          {props.rank}
        </Badge>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {props.choice.title}
          </Text>
          {props.problems.length > 0 && (
            <Stack gap={0} id={problemId}>
              {props.problems.map((problem) => (
                <Text key={problem} size="sm" c="red.8">
                  {problem}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
        <ActionIcon variant="default" disabled={props.rank === 1} aria-label={t('apply.rank.up', { title: props.choice.title })} onClick={() => props.onMove(props.rank - 2)}>
          ↑
        </ActionIcon>
        <ActionIcon variant="default" disabled={props.last} aria-label={t('apply.rank.down', { title: props.choice.title })} onClick={() => props.onMove(props.rank)}>
          ↓
        </ActionIcon>
      </Group>
    </Paper>
  );
}
