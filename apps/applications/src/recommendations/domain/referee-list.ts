/** A referee as the applicant names them. */
export interface RefereeInput {
  name: string;
  email: string;
}

/** A referee already named (not removed). */
export interface NamedReferee extends RefereeInput {
  id: string;
}

/**
 * How a new list of referees changes the named ones, matched by email (case aside): those
 * kept (their link stays valid; a new spelling of the name is taken), those added (each gets
 * a link), those removed (their link stops working).
 */
export function refereeChanges<T extends NamedReferee>(current: readonly T[], wanted: readonly RefereeInput[]) {
  const byEmail = new Map(current.map((referee) => [referee.email.toLowerCase(), referee]));
  const wantedEmails = new Set(wanted.map((referee) => referee.email.toLowerCase()));
  return {
    kept: wanted.flatMap((referee) => {
      const named = byEmail.get(referee.email.toLowerCase());
      return named ? [{ ...named, name: referee.name }] : [];
    }),
    added: wanted.filter((referee) => !byEmail.has(referee.email.toLowerCase())),
    removed: current.filter((referee) => !wantedEmails.has(referee.email.toLowerCase())),
  };
}

/** Application statuses in which a referee's letter is still taken. */
export const LETTERS_TAKEN_IN = ['draft', 'submitted', 'in_review'] as const;
