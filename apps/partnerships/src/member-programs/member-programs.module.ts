import { Module } from '@nestjs/common';
import { RefreshStandingHandler } from './commands/refresh-standing/refresh-standing.handler';
import { StandingRefreshScheduler } from './commands/refresh-standing/standing-refresh.scheduler';
import { RegisterMemberProgramHandler } from './commands/register-member-program/register-member-program.handler';
import { UpdateMemberProgramHandler } from './commands/update-member-program/update-member-program.handler';
import { CLOCK, type Clock } from './infra/clock';
import { GetMemberProgramHandler } from './queries/get-member-program/get-member-program.handler';
import { ListMemberProgramsHandler } from './queries/list-member-programs/list-member-programs.handler';
import { MemberProgramsRpcController } from './transport/member-programs.rpc-controller';

/** The partnerships service's member-programs feature (issue #4). */
@Module({
  controllers: [MemberProgramsRpcController],
  providers: [
    { provide: CLOCK, useValue: (() => new Date()) satisfies Clock },
    RegisterMemberProgramHandler,
    UpdateMemberProgramHandler,
    GetMemberProgramHandler,
    ListMemberProgramsHandler,
    RefreshStandingHandler,
    StandingRefreshScheduler,
  ],
})
export class MemberProgramsModule {}
