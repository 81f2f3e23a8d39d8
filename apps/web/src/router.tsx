import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './pages/not-found-page';
import { requireApplicant, requireSignedIn } from './routing/role-guard';
import { memberRoutes } from './pages/member/member-routes';
import { partnerRoutes } from './pages/partner/partner-routes';
import { tokenSearch } from './routing/token-search';
import { publicRoutes } from './pages/public/public-routes';
import { directorySearchSchema } from './pages/directory/directory-search';
import { programsSearchSchema } from './pages/programs/programs-search';
import { opsRoutes } from './pages/staff-ops/ops-routes';
import { staffProgramRoutes } from './pages/staff-programs/staff-program-routes';
import { reviewerRoutes } from './pages/reviewer/reviewer-routes';
import { staffRoutes } from './pages/staff/staff-routes';

// Every page is its own chunk (`lazyRouteComponent`): a visitor of the directory does not
// download the sign-in forms. What the URL may carry is checked here, before any page.
// Page components spell out their return type (`JSX.Element`): the router's types are
// inferred from these modules, and an inferred return type would make the two depend on
// each other (TypeScript then falls back to an untyped router).

const signInSearch = z.object({
  email: z.catch(z.optional(z.string().check(z.maxLength(254))), undefined),
  /** Where to go back after signing in (a guarded page sent the visitor here); only local paths are followed. */
  redirect: z.catch(z.optional(z.string().check(z.maxLength(2000))), undefined),
});

/** Exported for the route lists kept beside their pages (`pages/<area>/<area>-routes.ts`). */
export const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) => lazyRouteComponent(load, name);

const routes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    validateSearch: directorySearchSchema,
    component: page(() => import('./pages/directory/directory-page'), 'DirectoryPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/programs',
    validateSearch: programsSearchSchema,
    component: page(() => import('./pages/programs/programs-page'), 'ProgramsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/programs/$programId',
    component: page(() => import('./pages/programs/program-page'), 'ProgramPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sign-in',
    validateSearch: signInSearch,
    component: page(() => import('./pages/auth/sign-in-page'), 'SignInPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/register',
    component: page(() => import('./pages/auth/register-page'), 'RegisterPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/verify-email',
    validateSearch: tokenSearch,
    component: page(() => import('./pages/auth/verify-email-page'), 'VerifyEmailPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/reset-password',
    validateSearch: tokenSearch,
    component: page(() => import('./pages/auth/reset-password-page'), 'ResetPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/accept-invitation',
    validateSearch: tokenSearch,
    component: page(() => import('./pages/auth/accept-invitation-page'), 'AcceptInvitationPage'),
  }),
  // The applicant's pages: signed-in applicants only (others are sent to sign in and back);
  // the inbox and notification settings are every signed-in person's.
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/profile',
    beforeLoad: requireApplicant,
    component: page(() => import('./pages/applicant/profile/profile-page'), 'ProfilePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/apply',
    beforeLoad: requireApplicant,
    component: page(() => import('./pages/applicant/apply/apply-page'), 'ApplyPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/applications',
    beforeLoad: requireApplicant,
    component: page(() => import('./pages/applicant/applications/my-applications-page'), 'MyApplicationsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/followed-programs',
    beforeLoad: requireApplicant,
    component: page(() => import('./pages/applicant/followed/followed-programs-page'), 'FollowedProgramsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/data',
    beforeLoad: requireApplicant,
    component: page(() => import('./pages/applicant/data/my-data-page'), 'MyDataPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/inbox',
    beforeLoad: requireSignedIn,
    component: page(() => import('./pages/me/inbox/inbox-page'), 'InboxPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/notification-preferences',
    beforeLoad: requireSignedIn,
    component: page(() => import('./pages/me/inbox/preferences-page'), 'PreferencesPage'),
  }),
  ...partnerRoutes,
  ...memberRoutes,
  ...opsRoutes(rootRoute),
  ...staffProgramRoutes,
  ...reviewerRoutes,
  ...staffRoutes(rootRoute),
  ...publicRoutes(rootRoute),
] as const;

export const routeTree = rootRoute.addChildren(routes);

export function createConsoleRouter() {
  return createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
