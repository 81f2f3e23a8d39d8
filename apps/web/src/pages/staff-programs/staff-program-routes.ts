import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../router';
import { requireNetworkStaff, requireProgramManager } from '../../routing/role-guard';
import { matchingSearchSchema, reviewAssignmentSearchSchema, staffProgramsSearchSchema } from './staff-search';

// Staff's pages for exchange programs, their review and the season's matching. The parent
// is read lazily (`getParentRoute`), so this list and router.tsx may import each other.

export const staffProgramRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/staff/programs',
    validateSearch: staffProgramsSearchSchema,
    beforeLoad: requireProgramManager,
    component: lazyRouteComponent(() => import('./programs-list-page'), 'StaffProgramsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/staff/programs/new',
    beforeLoad: requireProgramManager,
    component: lazyRouteComponent(() => import('./program-create-page'), 'ProgramCreatePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/staff/programs/$programId',
    beforeLoad: requireProgramManager,
    component: lazyRouteComponent(() => import('./program-manage-page'), 'ProgramManagePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/staff/review',
    validateSearch: reviewAssignmentSearchSchema,
    beforeLoad: requireProgramManager,
    component: lazyRouteComponent(() => import('./review-assignment-page'), 'ReviewAssignmentPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/staff/matching',
    validateSearch: matchingSearchSchema,
    beforeLoad: requireNetworkStaff,
    component: lazyRouteComponent(() => import('./matching-page'), 'MatchingPage'),
  }),
] as const;
