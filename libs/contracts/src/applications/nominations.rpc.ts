import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import { multiLineText } from '../http/text';
import { agreementSideSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';

// Nominations (issue #13): a placed participant is nominated to the city that hosts them —
// the partner city for those who travel from the member side, the member city for those
// who travel from the partner side. The host's contacts (partner contacts of that city;
// the member program's admins for the member city; network staff) accept or refuse each
// nominee; a refusal, with its reason, frees the place for the next on the waitlist.

export const NOMINATION_PROBLEMS = {
  notFound: { code: 'NOMINATION.NOT_FOUND', status: 404, description: 'No such nomination (or not one your city hosts).' },
  alreadyDecided: {
    code: 'NOMINATION.ALREADY_DECIDED',
    status: 409,
    description: 'The nomination was answered otherwise already (the message says how).',
  },
} as const;

export const NOMINATION_STATUSES = ['pending', 'accepted', 'refused'] as const;

export const listNominationsQuerySchema = z
  .object({
    exchangeProgramId: z.uuid({ message: 'must be a UUID' }).optional(),
    status: z.enum(NOMINATION_STATUSES).optional(),
    ...pageQueryShape,
  })
  .strict();

export const refuseNominationBodySchema = z.object({ reason: multiLineText({ min: 1, max: 1_000 }) }).strict();

export const nominationSchema = z
  .object({
    applicationId: z.uuid(),
    exchangeProgramId: z.uuid(),
    programTitle: z.string(),
    /** The side the participant travels from; the host is the other side's city. */
    side: agreementSideSchema,
    hostCityId: z.string().nullable(),
    participant: z.object({
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.iso.date(),
      homeCityId: z.string(),
      languages: z.array(z.object({ language: z.string(), level: z.string() })),
    }),
    status: z.enum(NOMINATION_STATUSES),
    decidedAt: z.iso.datetime().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Nomination' });
export type NominationView = z.infer<typeof nominationSchema>;

const byApplication = z.object({ applicationId: z.uuid({ message: 'must be a UUID' }) }).strict();

/** Request/reply operations of the applications service: nominations to host cities. */
export const nominationsOperations = {
  'nominations.list': { request: listNominationsQuerySchema, response: pageOf(nominationSchema) },
  'nominations.accept': { request: byApplication, response: nominationSchema },
  'nominations.refuse': { request: byApplication.extend(refuseNominationBodySchema.shape).strict(), response: nominationSchema },
} satisfies Record<string, RpcOperation>;
