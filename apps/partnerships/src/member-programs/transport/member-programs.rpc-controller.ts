import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { RegisterMemberProgramHandler, type RegisterMemberProgramCommand } from '../commands/register-member-program/register-member-program.handler';
import { UpdateMemberProgramHandler } from '../commands/update-member-program/update-member-program.handler';
import { memberProgramError } from '../domain/member-program.errors';
import { programReach } from '../domain/program-reach';
import { CountStandingHandler } from '../queries/count-standing/count-standing.handler';
import { GetMemberProgramHandler, type GetMemberProgramQuery } from '../queries/get-member-program/get-member-program.handler';
import { ListMemberProgramsHandler, type ListMemberProgramsQuery } from '../queries/list-member-programs/list-member-programs.handler';

/** Member programs over request/reply; requests arrive validated against their contract schemas. */
@Controller()
export class MemberProgramsRpcController {
  constructor(
    private readonly registerHandler: RegisterMemberProgramHandler,
    private readonly updateHandler: UpdateMemberProgramHandler,
    private readonly getHandler: GetMemberProgramHandler,
    private readonly listHandler: ListMemberProgramsHandler,
    private readonly standingCountsHandler: CountStandingHandler,
  ) {}

  /** The network dashboard's count of programs in good standing (staff only). */
  @OnRpc('member-programs.standing-counts')
  standingCounts(@Payload() _request: RpcParsedRequest<'member-programs.standing-counts'>, @Ctx() ctx: RpcContext) {
    return this.standingCountsHandler.execute(ctx.caller);
  }

  @OnRpc('member-programs.register')
  register(@Payload() command: RegisterMemberProgramCommand, @Ctx() ctx: RpcContext) {
    return this.registerHandler.execute(command, ctx.caller);
  }

  @OnRpc('member-programs.get')
  get(@Payload() query: GetMemberProgramQuery, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(query, ctx.caller);
  }

  @OnRpc('member-programs.list')
  list(@Payload() query: ListMemberProgramsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }

  @OnRpc('member-programs.update')
  update(@Payload() request: RpcParsedRequest<'member-programs.update'>, @Ctx() ctx: RpcContext) {
    const { memberProgramId, revision, ...patch } = request;
    return this.updateHandler.execute({ memberProgramId, revision, patch }, ctx.caller);
  }

  /** Staff record membership and dues (the same change as an update, named for what it is). */
  @OnRpc('member-programs.set-membership')
  setMembership(@Payload() request: RpcParsedRequest<'member-programs.set-membership'>, @Ctx() ctx: RpcContext) {
    if (!programReach(ctx.caller).all) throw memberProgramError('staffOnly');
    const { memberProgramId, revision, membership, duesPaidThrough } = request;
    return this.updateHandler.execute({ memberProgramId, revision, patch: { membership, duesPaidThrough } }, ctx.caller);
  }
}
