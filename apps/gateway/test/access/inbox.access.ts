import type { AccessRows } from './access-row';

/** Who may call the notifications routes (operationId → access): each person their own; staff the log. */
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
  replayNotification: ['network-staff'],
  sendAnnouncement: ['network-staff'],
  listAnnouncements: ['network-staff'],
  openQueueDashboard: ['network-staff'],
};
