import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { api, unwrap } from '../../../api/client';

/** The map's aggregate: the world by country pair, or with `country` that country's partnerships city by city. */
export const directoryMapQuery = (country: string | undefined) =>
  queryOptions({
    queryKey: ['directory', 'map', country ?? null],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/directory/map', {
          params: { query: country ? { country } : {} },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
  });

export interface Atlas {
  land: FeatureCollection;
  borders: MultiLineString;
}

/**
 * Natural Earth's countries at 1:110m from `world-atlas`, shipped with the console and
 * loaded on demand (its own chunk, about 100 kB): no tile server, nothing fetched from
 * elsewhere, which the console's Content-Security-Policy would refuse anyway.
 */
export const atlasQuery = queryOptions({
  queryKey: ['atlas', 'countries-110m'],
  queryFn: async (): Promise<Atlas> => {
    const topology = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
    return {
      land: feature(topology, topology.objects.countries),
      // Borders once each (shared arcs are not drawn twice).
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    };
  },
  staleTime: Infinity,
});
