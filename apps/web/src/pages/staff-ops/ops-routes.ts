import { createRoute, lazyRouteComponent, type AnyRootRoute } from '@tanstack/react-router';
import { requireNetworkStaff } from '../../routing/role-guard';
import { auditSearchSchema, deadLettersSearchSchema, deliveriesSearchSchema, importsSearchSchema } from './ops-search';

// Staff's operations pages (issue #15): imports, the delivery log, dead letters,
// announcements and the audit log. The root route is passed in rather than imported, so
// this file and the router do not import each other. Each page is its own chunk.


export function opsRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/staff/imports',
      beforeLoad: requireNetworkStaff,
      validateSearch: importsSearchSchema,
      component: lazyRouteComponent(() => import('./imports/imports-page'), 'ImportsPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/staff/deliveries',
      beforeLoad: requireNetworkStaff,
      validateSearch: deliveriesSearchSchema,
      component: lazyRouteComponent(() => import('./deliveries/deliveries-page'), 'DeliveriesPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/staff/dead-letters',
      beforeLoad: requireNetworkStaff,
      validateSearch: deadLettersSearchSchema,
      component: lazyRouteComponent(() => import('./dead-letters/dead-letters-page'), 'DeadLettersPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/staff/announcements',
      beforeLoad: requireNetworkStaff,
      component: lazyRouteComponent(() => import('./announcements/announcements-page'), 'AnnouncementsPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/staff/audit',
      beforeLoad: requireNetworkStaff,
      validateSearch: auditSearchSchema,
      component: lazyRouteComponent(() => import('./audit/audit-page'), 'AuditPage'),
    }),
  ] as const;
}
