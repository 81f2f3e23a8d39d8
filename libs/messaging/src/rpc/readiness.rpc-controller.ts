import { Controller } from '@nestjs/common';
import type { ReadinessReport } from '@scn/contracts';
import { ReadinessService } from '@scn/platform';
import { OnRpc } from './on-rpc.decorator';

/** Answers the gateway's readiness question for this service. */
@Controller()
export class ReadinessRpcController {
  constructor(private readonly readiness: ReadinessService) {}

  @OnRpc('health.ready')
  ready(): Promise<ReadinessReport> {
    return this.readiness.report();
  }
}
