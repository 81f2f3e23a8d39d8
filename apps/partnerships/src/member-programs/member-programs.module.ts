import { Module } from '@nestjs/common';
import { RefreshStandingHandler } from './commands/refresh-standing/refresh-standing.handler';
import { RegisterMemberProgramHandler } from './commands/register-member-program/register-member-program.handler';
import { UpdateMemberProgramHandler } from './commands/update-member-program/update-member-program.handler';
import { CountStandingHandler } from './queries/count-standing/count-standing.handler';
import { GetMemberProgramHandler } from './queries/get-member-program/get-member-program.handler';
import { ListMemberProgramsHandler } from './queries/list-member-programs/list-member-programs.handler';
import { MemberProgramsRpcController } from './transport/member-programs.rpc-controller';
import { StandingRefreshScheduler } from './transport/standing-refresh.scheduler';

/** The partnerships service's member-programs feature (issue #4). */
@Module({
  controllers: [MemberProgramsRpcController],
  providers: [
    RegisterMemberProgramHandler,
    UpdateMemberProgramHandler,
    GetMemberProgramHandler,
    ListMemberProgramsHandler,
    CountStandingHandler,
    RefreshStandingHandler,
    StandingRefreshScheduler,
  ],
})
export class MemberProgramsModule {}
