import { Controller, Module } from '@nestjs/common';
import { DomainError } from '@scn/platform';
import { z } from 'zod';
import { Endpoint } from '../src/http/endpoint.decorator';
import { defineRoute, type RouteInput } from '../src/http/route-declaration';
import { Input } from '../src/http/route-params.decorator';

// Resources of three tenancies, served by test routes declared exactly as the services'
// routes are: the gateway's guard and interceptor must keep each tenant to its own.

export interface FixtureData {
  programs: Map<string, { id: string; name: string }>;
  applications: Map<string, { id: string; applicantAccountId: string; exchangeProgramId: string }>;
  inboxes: Map<string, { cityId: string; messages: string[] }>;
}

export const fixtureData: FixtureData = { programs: new Map(), applications: new Map(), inboxes: new Map() };

const missing = () => new DomainError('FIXTURE.NOT_FOUND', 'not-found', 'No such resource');
const programScope = (program: unknown) => ({ 'member-program': [(program as { id: string }).id] });
const programParams = z.object({ programId: z.string() }).strict();

const ROUTES = {
  getProgram: defineRoute({
    operationId: 'fixtureGetProgram',
    method: 'GET',
    path: '/v1/fixture/member-programs/:programId',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: ['network-staff', 'program-admin'], scopeOf: programScope },
    params: programParams,
  }),
  renameProgram: defineRoute({
    operationId: 'fixtureRenameProgram',
    method: 'PATCH',
    path: '/v1/fixture/member-programs/:programId',
    summary: 'fixture',
    tag: 'fixture',
    access: {
      kind: 'roles',
      roles: ['network-staff', 'program-admin'],
      scopeOf: programScope,
      lookup: async (input) => {
        const program = fixtureData.programs.get((input.params as unknown as { programId: string }).programId);
        if (!program) throw missing();
        return program;
      },
    },
    params: programParams,
    body: z.object({ name: z.string() }).strict(),
  }),
  getApplication: defineRoute({
    operationId: 'fixtureGetApplication',
    method: 'GET',
    path: '/v1/fixture/applications/:applicationId',
    summary: 'fixture',
    tag: 'fixture',
    access: {
      kind: 'roles',
      roles: ['network-staff', 'applicant', 'reviewer'],
      scopeOf: (application) => {
        const a = application as { applicantAccountId: string; exchangeProgramId: string };
        return { self: [a.applicantAccountId], 'exchange-program': [a.exchangeProgramId] };
      },
    },
    params: z.object({ applicationId: z.string() }).strict(),
  }),
  getInbox: defineRoute({
    operationId: 'fixtureGetInbox',
    method: 'GET',
    path: '/v1/fixture/partner-cities/:cityId/inbox',
    summary: 'fixture',
    tag: 'fixture',
    access: { kind: 'roles', roles: ['network-staff', 'partner-contact'], scopeOf: (inbox) => ({ 'partner-city': [(inbox as { cityId: string }).cityId] }) },
    params: z.object({ cityId: z.string() }).strict(),
  }),
} as const;

@Controller()
class TenantFixtureController {
  @Endpoint(ROUTES.getProgram)
  getProgram(@Input() { params }: RouteInput<typeof ROUTES.getProgram>) {
    return fixtureData.programs.get(params.programId) ?? Promise.reject(missing());
  }

  @Endpoint(ROUTES.renameProgram)
  renameProgram(@Input() { params, body }: RouteInput<typeof ROUTES.renameProgram>) {
    const program = fixtureData.programs.get(params.programId)!;
    program.name = body.name;
    return program;
  }

  @Endpoint(ROUTES.getApplication)
  getApplication(@Input() { params }: RouteInput<typeof ROUTES.getApplication>) {
    return fixtureData.applications.get(params.applicationId) ?? Promise.reject(missing());
  }

  @Endpoint(ROUTES.getInbox)
  getInbox(@Input() { params }: RouteInput<typeof ROUTES.getInbox>) {
    return fixtureData.inboxes.get(params.cityId) ?? Promise.reject(missing());
  }
}

@Module({ controllers: [TenantFixtureController] })
export class TenantFixtureModule {}
