import type { AccessRows } from './access-row';

const STAFF: AccessRows[string] = ['network-staff'];

/** The gateway's own routes: identity, accounts, audit log, dead letters, the network dashboard. */
export const gatewayAccess: AccessRows = {
  login: 'public',
  refreshTokens: 'public',
  logout: 'public',
  registerApplicant: 'public',
  verifyEmail: 'public',
  requestPasswordReset: 'public',
  confirmPasswordReset: 'public',
  acceptInvitation: 'public',
  getMe: 'authenticated',
  listAccounts: STAFF,
  getAccount: STAFF,
  inviteAccount: STAFF,
  setAccountRoles: STAFF,
  disableAccount: STAFF,
  listAuditLog: STAFF,
  listDeadLetters: STAFF,
  replayDeadLetter: STAFF,
  getNetworkDashboard: STAFF,
};
