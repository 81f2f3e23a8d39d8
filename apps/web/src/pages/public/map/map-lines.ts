import { geoPath, type GeoContext, type GeoProjection } from "d3-geo";
import type { Feature, LineString } from "geojson";

/**
 * Lines projected once, kept as numbers: x, y pairs, a line's start marked by a pair of
 * NaN before it. The canvas redraws them at every zoom or pan frame from these numbers,
 * without projecting (d3's great-circle resampling and clipping, the costly part) again,
 * and without an SVG element per line for the page to lay out.
 */
export type ProjectedLines = Float32Array;

/** d3-geo's path drawing into an array instead of a canvas (a line has no `arc`: that is d3's way of drawing points). */
class Recorder implements GeoContext {
  readonly values: number[] = [];
  moveTo(x: number, y: number) {
    this.values.push(NaN, NaN, x, y);
  }
  lineTo(x: number, y: number) {
    this.values.push(x, y);
  }
  closePath() {
    // Lines are never closed.
  }
  arc() {
    // d3 draws points as arcs: the map gives it none.
  }
  beginPath() {
    // One array for every line.
  }
}

/** `lines` projected, as the canvas draws them. */
export function projectLines(
  projection: GeoProjection,
  lines: Array<Feature<LineString>>,
): ProjectedLines {
  const recorder = new Recorder();
  const path = geoPath(projection, recorder);
  for (const line of lines) path(line);
  return Float32Array.from(recorder.values);
}

/** The lines as canvas path commands (the caller strokes them). */
export function traceLines(
  context: Pick<CanvasRenderingContext2D, "moveTo" | "lineTo">,
  lines: ProjectedLines,
): void {
  for (let i = 0; i < lines.length;) {
    if (Number.isNaN(lines[i])) {
      context.moveTo(lines[i + 2] ?? 0, lines[i + 3] ?? 0);
      i += 4;
    } else {
      context.lineTo(lines[i] ?? 0, lines[i + 1] ?? 0);
      i += 2;
    }
  }
}
