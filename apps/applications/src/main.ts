import { runService } from '@scn/messaging';
import { applicationsService } from './applications.service-definition';

runService(applicationsService);
