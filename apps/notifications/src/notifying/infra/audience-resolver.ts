import { Injectable } from '@nestjs/common';
import type { RawSql } from '@scn/platform';
import type { Audience } from '../domain/audience';
import type { ResolvedRecipient } from '../domain/recipient';
import { AudienceLookups, type LookedUpAudience } from './audience-lookups';
import { RECIPIENT_COLUMNS } from './recipient-columns';

/**
 * Raw SQL only (issue #16): the planner runs in Prisma's transactions and in the `pg` pool's
 * (`sqlOnly` event handlers, as an application's events at a matching release).
 */
type Tx = RawSql;

/**
 * Turns audiences into recipients from the read models. Listed contacts become recipients
 * on first use (keyed by email, so a contact who is also an account is one person).
 * Disabled accounts are left out. Each result has each person once.
 */
@Injectable()
export class AudienceResolver {
  async resolve(tx: Tx, audiences: readonly Audience[]): Promise<ResolvedRecipient[]> {
    const [recipients] = await this.resolveMany(tx, [audiences]);
    return recipients ?? [];
  }

  /**
   * The recipients of each list of audiences (one list per request of a batch), each list's
   * people once, in its audiences' order. What the lists need of the read models is read
   * once for all of them (`AudienceLookups`); an exchange program's interested people and
   * everyone, each one query anyway, are read as they come.
   */
  async resolveMany(tx: Tx, audienceLists: ReadonlyArray<readonly Audience[]>): Promise<ResolvedRecipient[][]> {
    const lookups = await AudienceLookups.read(tx, audienceLists.flat().filter(isLookedUp));
    const resolved: ResolvedRecipient[][] = [];
    for (const audiences of audienceLists) {
      const byId = new Map<string, ResolvedRecipient>();
      for (const audience of audiences) {
        const found = isLookedUp(audience) ? lookups.resolve(audience) : await this.query(tx, audience);
        for (const recipient of found) byId.set(recipient.id, recipient);
      }
      resolved.push([...byId.values()]);
    }
    return resolved;
  }

  private query(tx: Tx, audience: Exclude<Audience, LookedUpAudience>): Promise<ResolvedRecipient[]> {
    switch (audience.kind) {
      case 'program-interest':
        return tx.$queryRawUnsafe<ResolvedRecipient[]>(
          `SELECT ${RECIPIENT_COLUMNS} FROM program_interests i JOIN recipients r ON r.id = i.recipient_id
            WHERE i.exchange_program_id = $1::uuid AND NOT r.disabled`,
          audience.exchangeProgramId,
        );
      case 'everyone':
        return tx.$queryRawUnsafe<ResolvedRecipient[]>(`SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE NOT r.disabled`);
    }
  }
}

const isLookedUp = (audience: Audience): audience is LookedUpAudience => audience.kind !== 'program-interest' && audience.kind !== 'everyone';
