/** How a state-changing request ended, as the audit log files it. */
export const AUDIT_OUTCOMES = ['success', 'denied', 'rejected', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Classifies a response status. 401 and 403 are the access guard refusing the caller
 * (what an auditor looks for first); other 4xx are requests the platform turned down
 * (invalid input, conflicts, out-of-scope 404s); 5xx are our own failures.
 */
export function auditOutcome(status: number): AuditOutcome {
  if (status < 400) return 'success';
  if (status === 401 || status === 403) return 'denied';
  if (status < 500) return 'rejected';
  return 'failed';
}
