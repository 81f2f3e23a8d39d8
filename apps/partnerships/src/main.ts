import { runService } from '@scn/messaging';
import { partnershipsService } from './partnerships.service-definition';

runService(partnershipsService);
