import { Controller, Module } from '@nestjs/common';
import { coversResource, type CallerIdentity, type ResourceScope, type Role } from '@scn/contracts';
import { DomainError } from '@scn/platform';
import { z } from 'zod';
import { Endpoint } from '../src/http/endpoint.decorator';
import { defineRoute, type RouteInput } from '../src/http/route-declaration';
import { Caller, Input } from '../src/http/route-params.decorator';

// Resources of three tenancies, served by test routes declared exactly as the services'
// routes are: the gateway checks roles, and each handler decides scope as a service's
// handler does (outside the caller's scope a resource does not exist for them).

export interface FixtureData {
  programs: Map<string, { id: string; name: string }>;
  applications: Map<string, { id: string; applicantAccountId: string; exchangeProgramId: string }>;
  inboxes: Map<string, { cityId: string; messages: string[] }>;
}

export const fixtureData: FixtureData = { programs: new Map(), applications: new Map(), inboxes: new Map() };

const missing = () => new DomainError('FIXTURE.NOT_FOUND', 'not-found', 'No such resource');
const programParams = z.object({ programId: z.string() }).strict();
const PROGRAM_ROLES: readonly Role[] = ['network-staff', 'program-admin'];
const APPLICATION_ROLES: readonly Role[] = ['network-staff', 'applicant', 'reviewer'];
const INBOX_ROLES: readonly Role[] = ['network-staff', 'partner-contact'];

/** What a service's handler does: the resource, if it exists within the caller's scope. */
function withinScope<T>(resource: T | undefined, caller: CallerIdentity, roles: readonly Role[], scopeOf: (resource: T) => ResourceScope): T {
  if (!resource || !coversResource(caller, roles, scopeOf(resource))) throw missing();
  return resource;
}
const programScope = (program: { id: string }) => ({ 'member-program': [program.id] });

const ROUTES = {
  getProgram: defineRoute({
    operationId: 'fixtureGetProgram',
    method: 'GET',
    path: '/v1/fixture/member-programs/:programId',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: PROGRAM_ROLES },
    params: programParams,
  }),
  renameProgram: defineRoute({
    operationId: 'fixtureRenameProgram',
    method: 'PATCH',
    path: '/v1/fixture/member-programs/:programId',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: PROGRAM_ROLES },
    params: programParams,
    body: z.object({ name: z.string() }).strict(),
  }),
  getApplication: defineRoute({
    operationId: 'fixtureGetApplication',
    method: 'GET',
    path: '/v1/fixture/applications/:applicationId',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: APPLICATION_ROLES },
    params: z.object({ applicationId: z.string() }).strict(),
  }),
  getInbox: defineRoute({
    operationId: 'fixtureGetInbox',
    method: 'GET',
    path: '/v1/fixture/partner-cities/:cityId/inbox',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: INBOX_ROLES },
    params: z.object({ cityId: z.string() }).strict(),
  }),
} as const;

@Controller()
class TenantFixtureController {
  @Endpoint(ROUTES.getProgram)
  getProgram(@Input() { params }: RouteInput<typeof ROUTES.getProgram>, @Caller() caller: CallerIdentity) {
    return withinScope(fixtureData.programs.get(params.programId), caller, PROGRAM_ROLES, programScope);
  }

  @Endpoint(ROUTES.renameProgram)
  renameProgram(@Input() { params, body }: RouteInput<typeof ROUTES.renameProgram>, @Caller() caller: CallerIdentity) {
    // Scope first, then the change: another program's admin changes nothing.
    const program = withinScope(fixtureData.programs.get(params.programId), caller, PROGRAM_ROLES, programScope);
    program.name = body.name;
    return program;
  }

  @Endpoint(ROUTES.getApplication)
  getApplication(@Input() { params }: RouteInput<typeof ROUTES.getApplication>, @Caller() caller: CallerIdentity) {
    return withinScope(fixtureData.applications.get(params.applicationId), caller, APPLICATION_ROLES, (application) => ({
      self: [application.applicantAccountId],
      'exchange-program': [application.exchangeProgramId],
    }));
  }

  @Endpoint(ROUTES.getInbox)
  getInbox(@Input() { params }: RouteInput<typeof ROUTES.getInbox>, @Caller() caller: CallerIdentity) {
    return withinScope(fixtureData.inboxes.get(params.cityId), caller, INBOX_ROLES, (inbox) => ({ 'partner-city': [inbox.cityId] }));
  }
}

@Module({ controllers: [TenantFixtureController] })
export class TenantFixtureModule {}
