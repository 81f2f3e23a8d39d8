import type { Prisma, Recipient } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { AccountEventType } from '../domain/followed-events';

/**
 * Keeps the recipient of an account: its email, name, language and role grants (who
 * administers what). A contact recipient with the same email becomes that account's: one
 * person, one recipient. An event older than the last applied changes nothing.
 */
export async function applyAccountEvent(tx: Prisma.TransactionClient, event: DomainEvent<AccountEventType>): Promise<Recipient> {
  const data = event.data as DomainEvent<AccountEventType>['data'] & { grants?: unknown };
  const time = new Date(event.time);
  const email = data.email.trim().toLowerCase();
  await tx.$executeRawUnsafe(
    `SELECT 1 FROM recipients WHERE account_id = $1::uuid OR email = $2 FOR UPDATE`,
    data.accountId,
    email,
  );
  const byAccount = await tx.recipient.findUnique({ where: { accountId: data.accountId } });
  const existing = byAccount ?? (await tx.recipient.findUnique({ where: { email } }));
  if (existing?.accountChangedAt && existing.accountChangedAt > time) return existing;
  const state = {
    accountId: data.accountId,
    email,
    displayName: data.displayName,
    language: data.language,
    accountChangedAt: time,
    ...(Array.isArray(data.grants) ? { grants: data.grants as Prisma.InputJsonValue } : {}),
    ...(event.type === 'account.disabled.v1' ? { disabled: true } : {}),
    ...(event.type === 'account.activated.v1' ? { disabled: false } : {}),
  };
  if (existing) return tx.recipient.update({ where: { id: existing.id }, data: state });
  return tx.recipient.create({ data: { id: uuidv7(), ...state } });
}
