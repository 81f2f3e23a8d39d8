import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { CITY_ROUTES as R } from './cities.routes';

/** Gateway routes of the partnerships service: the cities gazetteer (issue #4). */
@Controller()
export class CitiesController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.search)
  search(@Input() { query }: RouteInput<typeof R.search>) {
    return this.rpc.call('partnerships', 'cities.search', query);
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>) {
    return this.rpc.call('partnerships', 'cities.get', { id: params.cityId });
  }

  @Endpoint(R.create)
  create(@Input() { body }: RouteInput<typeof R.create>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('partnerships', 'cities.create', body, { caller });
  }
}
