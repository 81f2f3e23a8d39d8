import { runService } from '@scn/messaging';
import { gatewayService } from './gateway.service-definition';

runService(gatewayService);
