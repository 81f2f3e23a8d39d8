import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Caller, Input } from '../../http/route-params.decorator';
import { MY_SETTINGS_ROUTES as R } from './my-settings.routes';

/** The caller's notification preferences and followed programs (kept by the notifications service). */
@Controller()
export class MySettingsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.getPreferences)
  getPreferences(@Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'preferences.get', {}, { caller });
  }

  @Endpoint(R.updatePreferences)
  updatePreferences(@Input() { body }: RouteInput<typeof R.updatePreferences>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'preferences.update', body, { caller });
  }

  @Endpoint(R.follow)
  follow(@Input() { params }: RouteInput<typeof R.follow>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'program-interests.follow', params, { caller });
  }

  @Endpoint(R.unfollow)
  unfollow(@Input() { params }: RouteInput<typeof R.unfollow>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'program-interests.unfollow', params, { caller });
  }
}
