import { Fieldset, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { ImportColumns } from '@scn/contracts/partnerships/imports.rpc';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';

export type ColumnField = keyof ImportColumns;
export type ColumnMapping = Partial<Record<ColumnField, string>>;

/**
 * The fields an import reads, in the form's order, with the API's default column where it
 * has one. The city and country of both sides are needed; the rest are optional (a side's
 * coordinates both or neither: without them its city is matched by name).
 */
export const COLUMN_FIELDS: ReadonlyArray<{ field: ColumnField; column?: string; needed?: true }> = [
  { field: 'memberCity', column: 'city1', needed: true },
  { field: 'memberCountry', column: 'country1', needed: true },
  { field: 'memberRegion' },
  { field: 'memberLat', column: 'lat1' },
  { field: 'memberLng', column: 'lng1' },
  { field: 'partnerCity', column: 'city2', needed: true },
  { field: 'partnerCountry', column: 'country2', needed: true },
  { field: 'partnerRegion' },
  { field: 'partnerLat', column: 'lat2' },
  { field: 'partnerLng', column: 'lng2' },
  { field: 'kind' },
  { field: 'startYear' },
  { field: 'memberProgram' },
  { field: 'notes' },
];

/** The choice "not in the file" of an optional field (no column's name: the importer trims them). */
const NONE = ' ';

/** What the form starts from: each field on the column of its own name or the API's default one, when the file has it. */
export function defaultMapping(header: string[] | null): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const { field, column } of COLUMN_FIELDS) {
    if (header === null) {
      if (column) mapping[field] = column;
    } else if (header.includes(field)) mapping[field] = field;
    else if (column && header.includes(column)) mapping[field] = column;
  }
  return mapping;
}

/** The needed fields left without a column. */
export const unmappedFields = (mapping: ColumnMapping): ColumnField[] =>
  COLUMN_FIELDS.filter(({ field, needed }) => needed && !mapping[field]?.trim()).map(({ field }) => field);

/** The mapping as the import's query: only the fields given (the API takes its defaults for the others). */
export function mappingQuery(mapping: ColumnMapping): Record<string, string> {
  const query: Record<string, string> = {};
  for (const { field } of COLUMN_FIELDS) {
    const column = mapping[field]?.trim();
    if (column) query[field] = column;
  }
  return query;
}

/**
 * Which column of the file holds each field: a choice among the header row's columns for a
 * CSV file (read in the browser), the column's name typed for a workbook (its header is read
 * by the importer only). An optional field may be "not in the file" (an option of its own,
 * as Mantine's clear button is not reachable by keyboard) — except one whose default column
 * the file has, which the importer would read anyway. Errors by field: a needed one
 * left empty, or the API's (`query.<field>`: the file has no such column).
 */
export function ColumnMappingFields(props: {
  header: string[] | null;
  value: ColumnMapping;
  errors: Partial<Record<ColumnField, string>>;
  onChange(value: ColumnMapping): void;
}): ReactNode {
  const t = useT();
  const { header, value } = props;
  const set = (field: ColumnField, column: string | null) => props.onChange({ ...value, [field]: column ?? undefined });
  return (
    <Fieldset legend={t('ops.imports.columns.legend')} variant="unstyled">
      <Text size="sm" c="dimmed" mb="xs" style={{ overflowWrap: 'anywhere' }}>
        {header === null ? t('ops.imports.columns.workbook') : t('ops.imports.columns.header', { columns: header.join(' · ') })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {COLUMN_FIELDS.map(({ field, column, needed }) => {
          const label = t(`ops.imports.columns.${field}` as MessageId);
          const error = props.errors[field];
          if (header === null)
            return (
              <TextInput
                key={field}
                id={`import-column-${field}`}
                label={label}
                required={needed}
                maxLength={100}
                value={value[field] ?? ''}
                onChange={(event) => set(field, event.currentTarget.value || null)}
                error={error}
              />
            );
          const columns = [...new Set(header)];
          const optional = !needed && !(column !== undefined && header.includes(column));
          return (
            <Select
              key={field}
              id={`import-column-${field}`}
              label={label}
              required={needed}
              data={optional ? [{ value: NONE, label: t('ops.imports.columns.none') }, ...columns] : columns}
              value={value[field] ?? (optional ? NONE : null)}
              onChange={(chosen) => set(field, chosen === NONE ? null : chosen)}
              allowDeselect={false}
              placeholder={t('ops.imports.columns.choose')}
              error={error}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
