import { DELIVERY_PROBLEMS, type CallerIdentity } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import { isStaff } from '../../known-facts/domain/caller-grants';

/** The delivery log and announcements are staff's (and replays, but for a partner contact's own endpoints): anyone else is refused. */
export function refuseUnlessStaff(caller: CallerIdentity | undefined): void {
  if (!isStaff(caller)) throw problemError(DELIVERY_PROBLEMS.staffOnly);
}
