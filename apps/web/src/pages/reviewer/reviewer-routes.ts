import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { rootRoute } from '../../router';
import { requireReviewer } from '../../routing/role-guard';

// The reviewer's pages: their readings, and one reading with its material and the rubric.

const readingsSearchSchema = z.object({ state: z.catch(z.optional(z.enum(['open', 'scored', 'conflict'])), undefined) });

export const reviewerRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/review',
    validateSearch: readingsSearchSchema,
    beforeLoad: requireReviewer,
    component: lazyRouteComponent(() => import('./readings-page'), 'ReadingsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/review/$applicationId/$exchangeProgramId',
    beforeLoad: requireReviewer,
    component: lazyRouteComponent(() => import('./reading-page'), 'ReadingPage'),
  }),
] as const;
