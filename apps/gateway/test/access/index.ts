import type { AccessRows } from './access-row';
import { applicationsAccess, matchingAccess, nominationsAccess } from './applications.access';
import { citiesAccess } from './cities.access';
import { directoryAccess } from './directory.access';
import { emailSubscriptionsAccess } from './email-subscriptions.access';
import { exchangeProgramsAccess } from './exchange-programs.access';
import { gatewayAccess } from './gateway.access';
import { importsAccess } from './imports.access';
import { inboxAccess } from './inbox.access';
import { memberProgramsAccess } from './member-programs.access';
import { partnershipsAccess } from './partnerships.access';
import { privacyAccess } from './privacy.access';
import { requirementsAccess } from './requirements.access';
import { reviewAccess } from './review.access';
import { webhookEndpointsAccess } from './webhook-endpoints.access';

export type { AccessRows, ExpectedAccess } from './access-row';

/** The whole table: every route the gateway serves must have its row. */
export const EXPECTED_ACCESS: AccessRows = {
  ...gatewayAccess,
  ...citiesAccess,
  ...memberProgramsAccess,
  ...partnershipsAccess,
  ...directoryAccess,
  ...importsAccess,
  ...exchangeProgramsAccess,
  ...applicationsAccess,
  ...requirementsAccess,
  ...matchingAccess,
  ...nominationsAccess,
  ...privacyAccess,
  ...reviewAccess,
  ...webhookEndpointsAccess,
  ...inboxAccess,
  ...emailSubscriptionsAccess,
};
