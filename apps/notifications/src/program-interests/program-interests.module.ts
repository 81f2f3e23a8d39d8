import { Module } from '@nestjs/common';
import { FollowProgramHandler } from './commands/follow-program/follow-program.handler';
import { UnfollowProgramHandler } from './commands/unfollow-program/unfollow-program.handler';
import { ProgramInterestsRpcController } from './transport/program-interests.rpc-controller';

/** People following exchange programs (until applications exist, those told of windows, dates and pauses). */
@Module({
  controllers: [ProgramInterestsRpcController],
  providers: [FollowProgramHandler, UnfollowProgramHandler],
})
export class ProgramInterestsModule {}
