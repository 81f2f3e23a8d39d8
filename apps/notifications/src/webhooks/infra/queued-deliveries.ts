import type { Prisma } from '@scn-prisma/notifications';

type Tx = Prisma.TransactionClient;

/**
 * A disabled endpoint receives nothing more: its queued notifications are cancelled (the
 * worker delivers only queued ones). `spared` is the one being delivered now, whose
 * outcome the worker records itself.
 */
export async function cancelQueuedDeliveries(tx: Tx, endpointId: string, spared: string | null): Promise<number> {
  const { count } = await tx.notification.updateMany({
    where: { endpointId, status: 'queued', ...(spared ? { id: { not: spared } } : {}) },
    data: { status: 'cancelled', statusReason: 'endpoint disabled' },
  });
  return count;
}
