import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/partnerships';
import type { CallerIdentity, MemberProgramView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { isInGoodStanding } from '../../domain/good-standing';
import { memberProgramError } from '../../domain/member-program.errors';
import { programReach } from '../../domain/program-reach';
import { eventStateOf, PROGRAM_INCLUDE, toMemberProgramView } from '../../infra/member-program.record';

export type RegisterMemberProgramCommand = RpcParsedRequest<'member-programs.register'>;

/** Staff register the sister-city organization of a city of the gazetteer. */
@Injectable()
export class RegisterMemberProgramHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RegisterMemberProgramCommand, caller: CallerIdentity | undefined): Promise<MemberProgramView> {
    if (!programReach(caller).all) throw memberProgramError('staffOnly');
    return this.db.$transaction(async (tx) => {
      const city = await tx.city.findUnique({
        where: { id: command.cityId },
        select: { id: true },
      });
      if (!city) {
        throw memberProgramError('cityNotFound', `No city ${command.cityId} in the gazetteer`, [
          {
            field: 'cityId',
            rule: 'exists',
            message: 'is not a city of the gazetteer',
          },
        ]);
      }
      const facts = { membership: command.membership ?? 'member', duesPaidThrough: command.duesPaidThrough ?? null };
      const record = await tx.memberProgram.create({
        data: {
          inGoodStanding: isInGoodStanding(facts, this.clock.now()),
          id: uuidv7(),
          name: command.name,
          cityId: command.cityId,
          contacts: (command.contacts ?? []) as Prisma.InputJsonValue,
          website: command.website ?? null,
          membership: command.membership ?? 'member',
          duesPaidThrough: command.duesPaidThrough ?? null,
        },
        include: PROGRAM_INCLUDE,
      });
      const view = toMemberProgramView(record, this.clock.now());
      await this.outbox.add(tx, 'member-program.registered.v1', view.id, eventStateOf(view));
      return view;
    });
  }
}
