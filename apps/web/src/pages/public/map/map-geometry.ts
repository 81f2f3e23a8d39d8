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
 * around it instead of an infinite zoom. Without places, the world. Only the places that
 * bound the others get a circle: fitting thousands of circles (60 points each) took most
 * of a second on a busy country, for the same box.
 */
export function projectionAround(places: Position[], radiusDegrees = 2.5): GeoProjection {
  if (places.length === 0) return worldProjection();
  const [longitude] = meanLongitude(places);
  const projection = geoEqualEarth().rotate([-longitude, 0]);
  const circles: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: outermost(projection, places).map((center) => ({
      type: 'Feature',
      properties: {},
      geometry: geoCircle().center(center).radius(radiusDegrees)(),
    })),
  };
  return projection
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
      ],
      circles,
    )
    .clipExtent(CLIP_EXTENT);
}

/** Lines and shapes are cut a little outside the drawing: what lies beyond is not computed, nor sent to the page. */
const CLIP_EXTENT: [[number, number], [number, number]] = [
  [-4 * MARGIN, -4 * MARGIN],
  [MAP_WIDTH + 4 * MARGIN, MAP_HEIGHT + 4 * MARGIN],
];

/** The (at most four) places furthest left, right, up and down once projected: their circles bound everyone's. */
function outermost(projection: GeoProjection, places: Position[]): Position[] {
  const extremes: Array<{ place: Position; value: number } | undefined> = [undefined, undefined, undefined, undefined];
  for (const place of places) {
    const point = projection(place);
    if (!point) continue;
    // Smallest x, largest x, smallest y, largest y.
    const values = [point[0], -point[0], point[1], -point[1]];
    values.forEach((value, i) => {
      if (!extremes[i] || value < extremes[i].value) extremes[i] = { place, value };
    });
  }
  return [...new Set(extremes.flatMap((extreme) => (extreme ? [extreme.place] : [])))];
}

/**
 * The same view for drawing many thin lines: coarser resampling (2 px instead of d3's
 * 0.5), which a 1-px line does not show, and a fraction of the path data.
 */
export function forThinLines(projection: GeoProjection): GeoProjection {
  const lines = geoEqualEarth().rotate(projection.rotate()).scale(projection.scale()).translate(projection.translate()).precision(2);
  const clip = projection.clipExtent();
  return clip ? lines.clipExtent(clip) : lines;
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
