import { Controller, Ip } from '@nestjs/common';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { GUARDIAN_CONSENT_ROUTES as G } from './guardian-consent.routes';

/**
 * A guardian's consent by their link (issue #13): the consent is recorded with the network
 * address it came from, which only the gateway sees (the client's, or with TRUST_PROXY the
 * one X-Forwarded-For names), so it is passed on in the request.
 */
@Controller()
export class GuardianConsentController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(G.give)
  give(@Input() { params }: RouteInput<typeof G.give>, @Ip() clientAddress: string | undefined) {
    return this.rpc.call('applications', 'guardian-consents.give', { token: params.token, clientAddress: clientAddress || null });
  }
}
