import {
  followedProgramsPageSchema,
  listFollowedProgramsQuerySchema,
  notificationPreferencesBodySchema,
  notificationPreferencesSchema,
  PREFERENCES_PROBLEMS,
  PROGRAM_INTEREST_PROBLEMS,
  programInterestSchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../../http/route-declaration';
import { SERVICE_PROBLEMS } from '../../http/service-problems';

const SIGNED_IN = { kind: 'authenticated' } as const;
const program = z.object({ exchangeProgramId: z.uuid({ message: 'must be a UUID' }) }).strict();

/** What each person sets for themselves: notification preferences, and exchange programs they follow. */
export const MY_SETTINGS_ROUTES = {
  getPreferences: defineRoute({
    operationId: 'getMyNotificationPreferences',
    method: 'GET',
    path: '/v1/me/notification-preferences',
    summary: 'Your notification preferences: channels per category, quiet hours, time zone, digest',
    tag: 'inbox',
    access: SIGNED_IN,
    response: notificationPreferencesSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'preferences.get' },
  }),
  updatePreferences: defineRoute({
    operationId: 'updateMyNotificationPreferences',
    method: 'PUT',
    path: '/v1/me/notification-preferences',
    summary:
      'Set your preferences: time zone, quiet hours (email waits until they end), the daily digest (staff), and per category ' +
      'whether you get email and inbox notifications. Account messages (invitations, password resets) always go.',
    tag: 'inbox',
    access: SIGNED_IN,
    body: notificationPreferencesBodySchema,
    response: notificationPreferencesSchema,
    errors: [PREFERENCES_PROBLEMS.digestStaffOnly, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'preferences.update' },
  }),
  follow: defineRoute({
    operationId: 'followExchangeProgram',
    method: 'PUT',
    path: '/v1/exchange-programs/:exchangeProgramId/interest',
    summary: 'Follow an exchange program: you are told when its window opens, reminded before it closes, told when its dates change',
    tag: 'exchange-programs',
    access: SIGNED_IN,
    params: program,
    response: programInterestSchema,
    errors: [PROGRAM_INTEREST_PROBLEMS.programUnknown, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'program-interests.follow' },
  }),
  unfollow: defineRoute({
    operationId: 'unfollowExchangeProgram',
    method: 'DELETE',
    path: '/v1/exchange-programs/:exchangeProgramId/interest',
    summary: 'Stop following an exchange program',
    tag: 'exchange-programs',
    access: SIGNED_IN,
    params: program,
    response: programInterestSchema,
    status: 200,
    errors: [PROGRAM_INTEREST_PROBLEMS.programUnknown, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'program-interests.unfollow' },
  }),
  getInterest: defineRoute({
    operationId: 'getExchangeProgramInterest',
    method: 'GET',
    path: '/v1/exchange-programs/:exchangeProgramId/interest',
    summary: 'Whether you follow an exchange program',
    tag: 'exchange-programs',
    access: SIGNED_IN,
    params: program,
    response: programInterestSchema,
    errors: [PROGRAM_INTEREST_PROBLEMS.programUnknown, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'program-interests.get-mine' },
  }),
  listFollowed: defineRoute({
    operationId: 'listMyFollowedPrograms',
    method: 'GET',
    path: '/v1/me/followed-programs',
    summary: 'The exchange programs you follow, the latest followed first, with their status and application window',
    tag: 'exchange-programs',
    access: SIGNED_IN,
    query: listFollowedProgramsQuerySchema,
    response: followedProgramsPageSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'program-interests.list-mine' },
  }),
};
