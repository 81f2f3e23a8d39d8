/** A parameterized SQL text and its values ($1, $2, …), runnable by Prisma and by plain `pg` alike. */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** Runs a query and returns its rows (the service and the benchmark's baseline each pass a `pg` pool). */
export type SqlRunner = <Row>(query: SqlQuery) => Promise<Row[]>;

/** Collects the values of a query being built and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder of `value`, with an optional cast (`$3::date`). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }

  query(text: string): SqlQuery {
    return { text, values: this.values };
  }
}
