import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { EXCHANGE_PROGRAM_ROUTES as R } from './exchange-programs.routes';

/** Gateway routes of the exchanges service: the public catalogue and the management of programs (issue #5). */
@Controller()
export class ExchangeProgramsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.search)
  search(@Input() { query }: RouteInput<typeof R.search>) {
    return this.rpc.call('exchanges', 'exchange-programs.catalogue', query);
  }

  @Endpoint(R.getPublic)
  getPublic(@Input() { params }: RouteInput<typeof R.getPublic>) {
    return this.rpc.call('exchanges', 'exchange-programs.get-public', params);
  }

  @Endpoint(R.create)
  create(@Input() { body }: RouteInput<typeof R.create>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.create', body, { caller });
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.list', query, { caller });
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.get', params, { caller });
  }

  @Endpoint(R.update)
  update(@Input() { params, body }: RouteInput<typeof R.update>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.update', { ...params, ...body }, { caller });
  }

  @Endpoint(R.publish)
  publish(@Input() { params }: RouteInput<typeof R.publish>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.publish', params, { caller });
  }

  @Endpoint(R.close)
  close(@Input() { params }: RouteInput<typeof R.close>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.close', params, { caller });
  }

  @Endpoint(R.allocate)
  allocate(@Input() { params }: RouteInput<typeof R.allocate>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.allocate', params, { caller });
  }

  @Endpoint(R.start)
  start(@Input() { params }: RouteInput<typeof R.start>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.start', params, { caller });
  }

  @Endpoint(R.complete)
  complete(@Input() { params }: RouteInput<typeof R.complete>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.complete', params, { caller });
  }

  @Endpoint(R.cancel)
  cancel(@Input() { params, body }: RouteInput<typeof R.cancel>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('exchanges', 'exchange-programs.cancel', { ...params, ...body }, { caller });
  }
}
