import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, NotificationPreferences, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';
import { preferencesOf } from '../../infra/preferences.view';

export type GetPreferencesQuery = RpcParsedRequest<'preferences.get'>;

/** The caller's own notification preferences. */
@Injectable()
export class GetPreferencesHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(_query: GetPreferencesQuery, caller: CallerIdentity | undefined): Promise<NotificationPreferences> {
    return preferencesOf(this.db, await recipientOfCaller(this.db, caller));
  }
}
