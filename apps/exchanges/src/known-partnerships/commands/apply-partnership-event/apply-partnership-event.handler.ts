import { Injectable } from '@nestjs/common';
import { runsOfDistinctKeys } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { applyPartnershipFact } from '../../domain/apply-partnership-fact';
import type { KnownPartnershipState, PartnershipFact, PartnershipStatusChange } from '../../domain/known-partnership';
import { knownPartnershipRepository } from '../../infra/known-partnership.repository';

/** One partnership event, with the reason it gives for a suspension or a termination. */
export interface ApplyPartnershipEventCommand {
  fact: PartnershipFact;
  reason: string | null;
}

/**
 * Brings known partnerships up to date with their events, in the events' transaction. Each
 * partnership row stays locked until the transaction ends, so whatever reacts to a change
 * locks its own rows after it: partnership first, the order every writer keeps.
 */
@Injectable()
export class ApplyPartnershipEventHandler {
  /**
   * Applies the events in order and returns each one's status change (null when it made
   * none, or was skipped as older than what is known), as applying them one by one would.
   * A run of events of distinct partnerships takes one lock of all their rows and one write;
   * a partnership's next event starts a new run, so it sees what its earlier one wrote (an
   * import's events are one per partnership: one run).
   * `onChange` is called for each change once its run is written, before the next run: what
   * reacts to a change finds the partnership as that event left it, as one by one.
   */
  async executeMany(
    commands: readonly ApplyPartnershipEventCommand[],
    tx: RawSql,
    onChange: (change: PartnershipStatusChange, index: number) => Promise<void> = async () => undefined,
  ): Promise<Array<PartnershipStatusChange | null>> {
    const changes: Array<PartnershipStatusChange | null> = [];
    for (const run of runsOfDistinctKeys(commands, (command) => command.fact.partnershipId)) {
      const known = await knownPartnershipRepository.findManyForUpdate(tx, run.map((command) => command.fact.partnershipId));
      const runStart = changes.length;
      const saved: KnownPartnershipState[] = [];
      for (const { fact, reason } of run) {
        const current = known.get(fact.partnershipId.toLowerCase()) ?? null;
        const next = applyPartnershipFact(current, fact);
        if (!next) {
          changes.push(null);
          continue;
        }
        saved.push(next);
        changes.push(next.status === current?.status ? null : { partnershipId: next.id, from: current?.status ?? null, to: next.status, reason });
      }
      await knownPartnershipRepository.saveMany(tx, saved);
      for (let index = runStart; index < changes.length; index += 1) {
        const change = changes[index];
        if (change) await onChange(change, index);
      }
    }
    return changes;
  }
}
