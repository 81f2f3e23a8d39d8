import { runService } from '@scn/messaging';
import { notificationsService } from './notifications.service-definition';

runService(notificationsService);
