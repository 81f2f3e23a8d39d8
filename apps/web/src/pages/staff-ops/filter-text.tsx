import { TextInput } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * A text filter that changes the URL (and so the query) when the person is done typing:
 * on Enter or on leaving the field, not on each key, which would fetch a page per letter.
 */
export function FilterText(props: { label: string; value: string | undefined; placeholder?: string; type?: string; onCommit(value: string): void }): ReactNode {
  const [typed, setTyped] = useState(props.value ?? '');
  useEffect(() => setTyped(props.value ?? ''), [props.value]);
  const commit = () => typed.trim() !== (props.value ?? '') && props.onCommit(typed.trim());
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      type={props.type}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      style={{ flex: '1 1 180px' }}
    />
  );
}
