import { instant, pageOf, pageQueryShape, singleLineText } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { AUDIT_OUTCOMES } from './audit-outcome';

const AUDITED_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const instantFilter = instant('must be an ISO 8601 date-time');

/** One entry of the audit log as staff read it. */
export const auditEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    actorId: z.uuid().nullable(),
    actorEmail: z.string().nullable(),
    actorRoles: z.array(z.string()).describe('`role` or `role:scopeId`, as held at the time'),
    method: z.enum(AUDITED_METHODS),
    route: z.string().describe('The declared route, e.g. `/v1/accounts/:accountId`'),
    path: z.string().describe('The path requested, without query string'),
    targetId: z.string().nullable(),
    status: z.int(),
    outcome: z.enum(AUDIT_OUTCOMES),
    correlationId: z.string(),
    clientIp: z.string().nullable(),
  })
  .strict();
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditLogQuerySchema = z
  .object({
    actorId: z.uuid({ message: 'must be a UUID' }).optional(),
    targetId: singleLineText({ min: 1, max: 200 }).optional(),
    route: singleLineText({ min: 1, max: 300 }).optional().describe('A declared route, e.g. `/v1/accounts/:accountId`'),
    method: z.enum(AUDITED_METHODS).optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    from: instantFilter.optional().describe('Entries at or after this instant'),
    to: instantFilter.optional().describe('Entries before this instant'),
    ...pageQueryShape,
  })
  .strict();
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export const auditLogRoutes = {
  list: defineRoute({
    operationId: 'listAuditLog',
    method: 'GET',
    path: '/v1/audit-log',
    summary: 'Lists state-changing requests, newest first (network staff)',
    tag: 'audit',
    access: { kind: 'roles', roles: ['network-staff'] },
    query: auditLogQuerySchema,
    response: pageOf(auditEntrySchema),
  }),
};
