import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../router';
import { requirePartnerContact } from '../../routing/role-guard';

// The partner-city contact's pages (`/partner/*`), spread into the router's routes. Each is
// its own chunk; the guard sends anyone else to sign in, or home (the API decides anyway).
// `getParentRoute` is called when the router is built, after router.tsx has run: importing
// `rootRoute` from there is no problem at load time.

export const partnerRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/partnerships',
    beforeLoad: requirePartnerContact,
    component: lazyRouteComponent(() => import('./partnerships/partnerships-page'), 'PartnershipsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/partnerships/$partnershipId',
    beforeLoad: requirePartnerContact,
    component: lazyRouteComponent(() => import('./partnerships/partnership-page'), 'PartnershipPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/nominees',
    beforeLoad: requirePartnerContact,
    component: lazyRouteComponent(() => import('./nominees/nominees-page'), 'NomineesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/webhooks',
    beforeLoad: requirePartnerContact,
    component: lazyRouteComponent(() => import('./webhooks/webhooks-page'), 'WebhooksPage'),
  }),
] as const;
