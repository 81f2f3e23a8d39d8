import { geoCircle, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';

/** The SVG's own coordinate space; it scales to the width it is given. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const MARGIN = 16;

/** [longitude, latitude], as GeoJSON orders them. */
export type Position = [number, number];

/** The great-circle line between two places: d3-geo draws a LineString along the globe, so it bends like a flight path. */
export const arc = (from: Position, to: Position): Feature<LineString> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: [from, to] },
});

/** The whole world, fitted to the drawing. */
export function worldProjection(): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    { type: 'Sphere' },
  );
}

/**
 * Zoomed in on a few places (one country's partnered cities): the projection fits small
 * circles around them rather than the bare points, so a single city still gets a region
 * around it instead of an infinite zoom. Without places, the world.
 */
export function projectionAround(places: Position[], radiusDegrees = 2.5): GeoProjection {
  if (places.length === 0) return worldProjection();
  const circles: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: places.map((center) => ({
      type: 'Feature',
      properties: {},
      geometry: geoCircle().center(center).radius(radiusDegrees)(),
    })),
  };
  const [longitude] = meanLongitude(places);
  return geoEqualEarth()
    .rotate([-longitude, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
      ],
      circles,
    );
}

/** Centre the projection on the places, so a country across the antimeridian (Russia, Fiji) is not cut in two. */
function meanLongitude(places: Position[]): [number] {
  // The mean of unit vectors: a plain average of -179 and 179 would be 0, the wrong side of the world.
  const x = places.reduce((sum, [lon]) => sum + Math.cos((lon * Math.PI) / 180), 0);
  const y = places.reduce((sum, [lon]) => sum + Math.sin((lon * Math.PI) / 180), 0);
  return [(Math.atan2(y, x) * 180) / Math.PI];
}

/** Line width for a number of partnerships: logarithmic, so 900 US–Japan lines do not drown every pair of one. */
export const strokeWidthFor = (count: number): number => 0.75 + Math.log2(Math.max(1, count)) * 0.6;

/** Marker radius for a country's number of partnerships: by area (square root), capped. */
export const markerRadiusFor = (partnerships: number): number => Math.min(18, 2 + Math.sqrt(Math.max(0, partnerships)) * 0.5);
