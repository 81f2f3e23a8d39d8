import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../router';
import { requireProgramAdmin } from '../../routing/role-guard';

// The member program's admins' pages for their side of a partnership (`/member/*`), spread
// into the router's routes. Each is its own chunk; the guard sends anyone else to sign in,
// or home (the API decides anyway).

export const memberRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/member/partnerships',
    beforeLoad: requireProgramAdmin,
    component: lazyRouteComponent(() => import('./member-partnerships-page'), 'MemberPartnershipsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/member/partnerships/new',
    beforeLoad: requireProgramAdmin,
    component: lazyRouteComponent(() => import('./member-propose-page'), 'MemberProposePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/member/partnerships/$partnershipId',
    beforeLoad: requireProgramAdmin,
    component: lazyRouteComponent(() => import('./member-partnership-page'), 'MemberPartnershipPage'),
  }),
] as const;
