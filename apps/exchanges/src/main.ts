import { runService } from '@scn/messaging';
import { exchangesService } from './exchanges.service-definition';

runService(exchangesService);
