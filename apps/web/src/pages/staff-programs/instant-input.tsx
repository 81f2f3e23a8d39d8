import { TextInput } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useT } from '../../i18n/locale-provider';
import { fromLocalInput, toLocalInput } from './local-date-time';

/**
 * An instant of a program (its window, decision and offer dates) typed as a time of the
 * viewer's own day (`datetime-local`) and kept as the API's ISO instant; an optional one left
 * empty is null.
 */
export function InstantInput(props: {
  label: string;
  name: string;
  value: string | null | undefined;
  onChange(value: string | null): void;
  onBlur(): void;
  inputRef: Ref<HTMLInputElement>;
  error: ReactNode;
  optional?: boolean;
}) {
  const t = useT();
  return (
    <TextInput
      type="datetime-local"
      label={props.label}
      description={t('staffPrograms.form.localTime')}
      ref={props.inputRef}
      name={props.name}
      value={toLocalInput(props.value)}
      onBlur={props.onBlur}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        props.onChange(props.optional && typed === '' ? null : fromLocalInput(typed));
      }}
      error={props.error}
      required={!props.optional}
    />
  );
}
