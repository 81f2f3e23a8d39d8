import { Module } from '@nestjs/common';
import { FollowProgramHandler } from './commands/follow-program/follow-program.handler';
import { UnfollowProgramHandler } from './commands/unfollow-program/unfollow-program.handler';
import { GetInterestHandler } from './queries/get-interest/get-interest.handler';
import { ListFollowedHandler } from './queries/list-followed/list-followed.handler';
import { ProgramInterestsRpcController } from './transport/program-interests.rpc-controller';

/** People following exchange programs (until applications exist, those told of windows, dates and pauses). */
@Module({
  controllers: [ProgramInterestsRpcController],
  providers: [FollowProgramHandler, UnfollowProgramHandler, GetInterestHandler, ListFollowedHandler],
})
export class ProgramInterestsModule {}
