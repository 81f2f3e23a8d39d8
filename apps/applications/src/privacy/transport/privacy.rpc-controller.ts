import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { EraseMyDataHandler, type EraseMyDataCommand } from '../commands/erase-my-data/erase-my-data.handler';
import { ExportMyDataHandler } from '../queries/export-my-data/export-my-data.handler';

/** The applicant's own data over request/reply: its export and its erasure. */
@Controller()
export class PrivacyRpcController {
  constructor(
    private readonly exportHandler: ExportMyDataHandler,
    private readonly eraseHandler: EraseMyDataHandler,
  ) {}

  @OnRpc('applicant-data.export-mine')
  exportMine(@Payload() _request: RpcParsedRequest<'applicant-data.export-mine'>, @Ctx() ctx: RpcContext) {
    return this.exportHandler.execute(ctx.caller);
  }

  @OnRpc('applicant-data.erase-mine')
  eraseMine(@Payload() command: EraseMyDataCommand, @Ctx() ctx: RpcContext) {
    return this.eraseHandler.execute(command, ctx.caller);
  }
}
