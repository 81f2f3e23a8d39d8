import type { ReactNode } from 'react';
import { ListTable, type ListTableProps } from '../../tables/list-table';

// Staff's lists: one page of what the API answered, each row an entity with its id.

export function StaffTable<Row extends { id: string }>(props: Omit<ListTableProps<Row>, 'rowKey'>): ReactNode {
  return <ListTable {...props} rowKey={(row) => row.id} />;
}
