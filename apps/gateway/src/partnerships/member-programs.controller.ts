import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { MEMBER_PROGRAM_ROUTES as R } from './member-programs.routes';

/** Gateway routes of the partnerships service: member programs (issue #4). */
@Controller()
export class MemberProgramsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.register)
  register(@Input() { body }: RouteInput<typeof R.register>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'member-programs.register', body, {
      caller,
    });
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'member-programs.list', query, {
      caller,
    });
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'member-programs.get', params, {
      caller,
    });
  }

  @Endpoint(R.update)
  update(@Input() { params, body }: RouteInput<typeof R.update>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'member-programs.update', { ...body, ...params }, { caller });
  }

  @Endpoint(R.setMembership)
  setMembership(@Input() { params, body }: RouteInput<typeof R.setMembership>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'member-programs.set-membership', { ...body, ...params }, { caller });
  }
}
