import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { Caller } from '../http/route-params.decorator';
import { NETWORK_DASHBOARD_ROUTES as R, type NetworkDashboard } from './network-dashboard.routes';
import { NetworkDashboardService } from './network-dashboard.service';

/** `GET /v1/admin/dashboard`: the network in figures, for staff. */
@Controller()
export class NetworkDashboardController {
  constructor(private readonly dashboard: NetworkDashboardService) {}

  @Endpoint(R.get)
  get(@Caller() caller: CallerIdentity | undefined): Promise<NetworkDashboard> {
    return this.dashboard.gather(caller);
  }
}
