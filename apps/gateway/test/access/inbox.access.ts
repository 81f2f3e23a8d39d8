import type { AccessRows } from './access-row';

/** Who may call the notifications routes (operationId → access): each person their own; staff the log (a partner contact replays their endpoints' deliveries). */
export const inboxAccess: AccessRows = {
  listMyNotifications: 'authenticated',
  markMyNotificationRead: 'authenticated',
  markAllMyNotificationsRead: 'authenticated',
  streamMyNotifications: 'authenticated',
  getMyNotificationPreferences: 'authenticated',
  updateMyNotificationPreferences: 'authenticated',
  followExchangeProgram: 'authenticated',
  unfollowExchangeProgram: 'authenticated',
  getExchangeProgramInterest: 'authenticated',
  listMyFollowedPrograms: 'authenticated',
  listNotifications: ['network-staff'],
  getNotification: ['network-staff'],
  // A partner contact replays their own endpoints' failed webhook deliveries (the service checks whose).
  replayNotification: ['network-staff', 'partner-contact'],
  sendAnnouncement: ['network-staff'],
  listAnnouncements: ['network-staff'],
  openQueueDashboard: ['network-staff'],
};
