import type { RawSql } from '@scn/platform';

/** A recipient whose choices for a category the planner needs. */
export interface ChoiceAsked {
  category: string;
  recipientId: string;
}

/**
 * Recipients' explicit choices of channels per category (channel_preferences), read for a
 * whole batch of requests in one query: a channel is on unless they turned it off.
 */
export class ChannelChoices {
  private constructor(private readonly choices: ReadonlyMap<string, boolean>) {}

  static async read(tx: RawSql, asked: readonly ChoiceAsked[]): Promise<ChannelChoices> {
    // Each (category, recipient) once: a person in several requests of one category is one pair.
    const pairs = [...new Map(asked.map((pair) => [keyOf(pair.category, pair.recipientId), pair])).values()];
    if (!pairs.length) return new ChannelChoices(new Map());
    const choices = await tx.$queryRawUnsafe<Array<ChoiceAsked & { channel: string; enabled: boolean }>>(
      `SELECT p.category, p.recipient_id AS "recipientId", p.channel::text AS channel, p.enabled
         FROM channel_preferences p
         JOIN unnest($1::text[], $2::uuid[]) AS asked(category, recipient_id) USING (category, recipient_id)`,
      pairs.map((pair) => pair.category),
      pairs.map((pair) => pair.recipientId),
    );
    return new ChannelChoices(new Map(choices.map((c) => [keyOf(c.category, c.recipientId, c.channel), c.enabled])));
  }

  enabled(category: string, recipientId: string, channel: string): boolean {
    return this.choices.get(keyOf(category, recipientId, channel)) ?? true;
  }
}

const keyOf = (...parts: string[]) => parts.join('/');
