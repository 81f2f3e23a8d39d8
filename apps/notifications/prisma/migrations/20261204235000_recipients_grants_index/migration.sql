-- Who holds a role for a scope (`grants @> '[{"role": …, "scopeIds": [...]}]'`) is asked for
-- every nomination and program notice: a GIN index answers it without reading every
-- recipient (Prisma's schema does not express jsonb_path_ops, hence plain SQL).
CREATE INDEX "recipients_grants_idx" ON "recipients" USING gin ("grants" jsonb_path_ops);
