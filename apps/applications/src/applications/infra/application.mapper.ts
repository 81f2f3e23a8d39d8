import type { Prisma } from '@scn-prisma/applications';
import type { ApplicationView } from '@scn/contracts';
import type { AgreementSide, ApplicationState, DecisionExplanation, DecisionOutcome, NominationState, OfferState } from '../domain/application.state';

export const APPLICATION_INCLUDE = { choices: { orderBy: { rank: 'asc' } } } as const satisfies Prisma.ApplicationInclude;
type Row = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_INCLUDE }>;

export function toApplicationState(row: Row): ApplicationState {
  return {
    id: row.id,
    applicantId: row.applicantId,
    season: row.season,
    status: row.status,
    choices: row.choices.map((choice) => ({ exchangeProgramId: choice.exchangeProgramId, side: choice.side as AgreementSide })),
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawReason: row.withdrawReason,
    withdrawCause: row.withdrawCause as ApplicationState['withdrawCause'],
    placement:
      row.placedProgramId && row.placedSide && row.placedChoiceRank
        ? { exchangeProgramId: row.placedProgramId, side: row.placedSide as AgreementSide, choiceRank: row.placedChoiceRank }
        : null,
    decision:
      row.decidedByRunId && row.releaseDueAt
        ? {
            runId: row.decidedByRunId,
            releaseDueAt: row.releaseDueAt,
            releasedAt: row.decisionReleasedAt,
            outcome: row.decisionOutcome as DecisionOutcome | null,
            explanations: (row.decisionExplanations ?? []) as unknown as DecisionExplanation[],
          }
        : null,
    offer: row.offerDeadline && row.offerState ? { deadline: row.offerDeadline, state: row.offerState as OfferState['state'], answeredAt: row.offerAnsweredAt } : null,
    nomination:
      row.nominationState && row.nominationProgramId && row.nominationSide
        ? {
            exchangeProgramId: row.nominationProgramId,
            side: row.nominationSide as AgreementSide,
            state: row.nominationState as NominationState['state'],
            decidedAt: row.nominationDecidedAt,
            decidedBy: row.nominationDecidedBy,
            reason: row.nominationReason,
          }
        : null,
  };
}

/** Where an application waits: each waitlist it is on, with its live position (1: next). */
export interface WaitingPlace {
  exchangeProgramId: string;
  choiceRank: number;
  position: number;
}

/**
 * The application as its applicant sees it; `titles` names the chosen programs. The
 * decision shows only once released: before, the applicant learns nothing of it.
 */
export function toApplicationView(row: Row, titles: ReadonlyMap<string, string>, waiting: readonly WaitingPlace[] = []): ApplicationView {
  const state = toApplicationState(row);
  const released = state.decision?.releasedAt && state.decision.outcome ? state.decision : null;
  return {
    id: row.id,
    applicantId: row.applicantId,
    season: row.season,
    status: row.status,
    choices: row.choices.map((choice) => ({
      rank: choice.rank,
      exchangeProgramId: choice.exchangeProgramId,
      title: titles.get(choice.exchangeProgramId) ?? '',
      side: choice.side as AgreementSide,
    })),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawReason: row.withdrawReason,
    decision: released
      ? {
          outcome: released.outcome!,
          releasedAt: released.releasedAt!.toISOString(),
          placement: state.placement
            ? {
                ...state.placement,
                title: titles.get(state.placement.exchangeProgramId) ?? '',
                offerDeadline: state.offer?.deadline.toISOString() ?? null,
                offer: state.offer?.state ?? 'open',
                nomination: state.nomination?.state ?? 'pending',
              }
            : null,
          waitlists: waiting.map((place) => ({ ...place, title: titles.get(place.exchangeProgramId) ?? '' })),
          explanations: released.explanations,
        }
      : null,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
