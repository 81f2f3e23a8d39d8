import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { requireNetworkStaff } from '../../routing/role-guard';
import { accountsSearchSchema, memberProgramsSearchSchema, partnershipsSearchSchema } from './staff-search';

// Staff's pages (`/staff/*`): network staff only (the API refuses everyone else anyway).
// Each page is its own chunk, so the charts of the dashboard load only when it opens.

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) => lazyRouteComponent(load, name);

export function staffRoutes<Root extends AnyRoute>(root: Root) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/staff',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./dashboard/dashboard-page'), 'DashboardPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/partnerships',
      beforeLoad: requireNetworkStaff,
      validateSearch: partnershipsSearchSchema,
      component: page(() => import('./partnerships/partnerships-page'), 'PartnershipsPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/partnerships/new',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./partnerships/propose-partnership-page'), 'ProposePartnershipPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/partnerships/$partnershipId',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./partnerships/partnership-page'), 'PartnershipPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/member-programs',
      beforeLoad: requireNetworkStaff,
      validateSearch: memberProgramsSearchSchema,
      component: page(() => import('./member-programs/member-programs-page'), 'MemberProgramsPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/member-programs/new',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./member-programs/register-member-program-page'), 'RegisterMemberProgramPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/member-programs/$memberProgramId',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./member-programs/member-program-page'), 'MemberProgramPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/accounts',
      beforeLoad: requireNetworkStaff,
      validateSearch: accountsSearchSchema,
      component: page(() => import('./accounts/accounts-page'), 'AccountsPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/staff/queues',
      beforeLoad: requireNetworkStaff,
      component: page(() => import('./queues-page'), 'QueuesPage'),
    }),
  ] as const;
}
