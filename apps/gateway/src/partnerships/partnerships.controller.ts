import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { PARTNERSHIP_ROUTES as R } from './partnerships.routes';

/** Gateway routes of the partnerships service: partnerships and their agreements (issue #4). */
@Controller()
export class PartnershipsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.propose)
  propose(@Input() { body }: RouteInput<typeof R.propose>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.propose', body, { caller });
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.list', query, { caller });
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.get', params, { caller });
  }

  @Endpoint(R.history)
  history(@Input() { params, query }: RouteInput<typeof R.history>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.history', { ...params, ...query }, { caller });
  }

  @Endpoint(R.approve)
  approve(@Input() { params, body }: RouteInput<typeof R.approve>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.approve', { ...params, ...body }, { caller });
  }

  @Endpoint(R.amend)
  amend(@Input() { params, body }: RouteInput<typeof R.amend>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.amend', { ...params, ...body }, { caller });
  }

  @Endpoint(R.revert)
  revert(@Input() { params }: RouteInput<typeof R.revert>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.revert-amendment', params, { caller });
  }

  @Endpoint(R.suspend)
  suspend(@Input() { params, body }: RouteInput<typeof R.suspend>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.suspend', { ...params, ...body }, { caller });
  }

  @Endpoint(R.reactivate)
  reactivate(@Input() { params }: RouteInput<typeof R.reactivate>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.reactivate', params, { caller });
  }

  @Endpoint(R.proposeTermination)
  proposeTermination(@Input() { params, body }: RouteInput<typeof R.proposeTermination>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.propose-termination', { ...params, ...body }, { caller });
  }

  @Endpoint(R.approveTermination)
  approveTermination(@Input() { params, body }: RouteInput<typeof R.approveTermination>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.approve-termination', { ...params, ...body }, { caller });
  }

  @Endpoint(R.setContacts)
  setContacts(@Input() { params, body }: RouteInput<typeof R.setContacts>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'partnerships.set-contacts', { ...params, ...body }, { caller });
  }
}
