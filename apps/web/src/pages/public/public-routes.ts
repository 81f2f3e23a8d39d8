import { createRoute, lazyRouteComponent, type AnyRootRoute } from '@tanstack/react-router';
import { tokenSearch } from '../../routing/token-search';
import { mapSearchSchema } from './map/map-search';

// Everyone's pages of issue #15 that need no account: the world map and the statistics of
// the network, and the pages of links emailed to people without an account (unsubscribing,
// a referee's letter, a guardian's consent). The root route is passed in rather than
// imported, so this file and the router do not import each other. Each page is its own
// chunk: the map's drawing code and its atlas never load with the directory.

export function publicRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/map',
      validateSearch: mapSearchSchema,
      component: lazyRouteComponent(() => import('./map/map-page'), 'MapPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/statistics',
      component: lazyRouteComponent(() => import('./statistics/statistics-page'), 'StatisticsPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/unsubscribe',
      validateSearch: tokenSearch,
      component: lazyRouteComponent(() => import('./unsubscribe/unsubscribe-page'), 'UnsubscribePage'),
    }),
    createRoute({
      getParentRoute,
      path: '/recommendation',
      validateSearch: tokenSearch,
      component: lazyRouteComponent(() => import('./emailed-links/recommendation-page'), 'RecommendationPage'),
    }),
    createRoute({
      getParentRoute,
      path: '/guardian-consent',
      validateSearch: tokenSearch,
      component: lazyRouteComponent(() => import('./emailed-links/guardian-consent-page'), 'GuardianConsentPage'),
    }),
  ] as const;
}
