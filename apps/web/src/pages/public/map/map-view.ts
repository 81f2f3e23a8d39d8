import { MAP_HEIGHT, MAP_WIDTH } from "./map-geometry";

/**
 * The free zoom and pan over the drawing, as SVG and canvas transforms say it: a point
 * (x, y) of the drawing is shown at (x·k + dx, y·k + dy). Pure functions, so that wheel,
 * pinch, drag, buttons and keys all move the map by the same rules, tested without a browser.
 * The projection itself is never recomputed while zooming: only this transform changes.
 */
export interface MapView {
  k: number;
  dx: number;
  dy: number;
}

/** The whole drawing (the world, or the country chosen). */
export const WHOLE_MAP: MapView = { k: 1, dx: 0, dy: 0 };

/** ×32 over a country's fitted view: closer shows nothing more (the atlas is at 1:110m, cities are points). */
export const MAX_ZOOM = 32;
/** What one press of a zoom button or key does. */
export const ZOOM_STEP = 2;
/** What one press of a pan button or arrow key moves: a fifth of what is shown. */
const PAN_FRACTION = 0.2;
/**
 * In the world view, from this zoom on, the country in the middle of the view shows its
 * cities and lines instead of its marker (below, countries are the clusters).
 */
export const CITIES_FROM_ZOOM = 4;

type Point = readonly [number, number];

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value));

/** The drawing always fills its frame: no zooming out past the whole map, no panning off its edge. */
export function clampView(view: MapView): MapView {
  const k = clamp(view.k, 1, MAX_ZOOM);
  return {
    k,
    dx: clamp(view.dx, MAP_WIDTH * (1 - k), 0),
    dy: clamp(view.dy, MAP_HEIGHT * (1 - k), 0),
  };
}

/** Zoomed by `factor` (above 1: in) keeping `around` (a point of the frame, in drawing units) where it is, as a wheel or pinch expects. */
export function zoomAt(
  view: MapView,
  factor: number,
  around: Point = [MAP_WIDTH / 2, MAP_HEIGHT / 2],
): MapView {
  const k = clamp(view.k * factor, 1, MAX_ZOOM);
  const ratio = k / view.k;
  return clampView({
    k,
    dx: around[0] - (around[0] - view.dx) * ratio,
    dy: around[1] - (around[1] - view.dy) * ratio,
  });
}

/** Moved by (x, y) frame units, as a drag moves it. */
export const panBy = (view: MapView, x: number, y: number): MapView =>
  clampView({ k: view.k, dx: view.dx + x, dy: view.dy + y });

export type MapCommand =
  "zoomIn" | "zoomOut" | "reset" | "west" | "east" | "north" | "south";

/** What a button or key does. Panning "west" shows what lies west: the drawing moves right. */
export function applyCommand(view: MapView, command: MapCommand): MapView {
  const stepX = MAP_WIDTH * PAN_FRACTION;
  const stepY = MAP_HEIGHT * PAN_FRACTION;
  switch (command) {
    case "zoomIn":
      return zoomAt(view, ZOOM_STEP);
    case "zoomOut":
      return zoomAt(view, 1 / ZOOM_STEP);
    case "reset":
      return WHOLE_MAP;
    case "west":
      return panBy(view, stepX, 0);
    case "east":
      return panBy(view, -stepX, 0);
    case "north":
      return panBy(view, 0, stepY);
    case "south":
      return panBy(view, 0, -stepY);
  }
}

/** The keys the focused map answers to (`KeyboardEvent.key`), or undefined for the others (Tab and the rest keep their meaning). */
export function commandForKey(key: string): MapCommand | undefined {
  switch (key) {
    case "+":
    case "=":
      return "zoomIn";
    case "-":
    case "_":
      return "zoomOut";
    case "0":
    case "Home":
      return "reset";
    case "ArrowLeft":
      return "west";
    case "ArrowRight":
      return "east";
    case "ArrowUp":
      return "north";
    case "ArrowDown":
      return "south";
    default:
      return undefined;
  }
}

/** Whether the commands can still do something: a button that cannot is disabled. */
export const canZoomIn = (view: MapView) => view.k < MAX_ZOOM;
export const canZoomOut = (view: MapView) => view.k > 1;

/** Where a point of the drawing is shown in the frame. */
export const toFrame = (view: MapView, [x, y]: Point): [number, number] => [
  x * view.k + view.dx,
  y * view.k + view.dy,
];

/** Whether a point of the drawing is in the frame (with `margin` frame units around it, for a marker's radius). */
export function inFrame(view: MapView, point: Point, margin = 0): boolean {
  const [x, y] = toFrame(view, point);
  return (
    x >= -margin &&
    x <= MAP_WIDTH + margin &&
    y >= -margin &&
    y <= MAP_HEIGHT + margin
  );
}

/**
 * In the world view zoomed in enough, the country whose cities are shown: of the countries
 * whose marker is in the frame, the one nearest its middle. Undefined when zoomed out (the
 * countries stay clusters) or when no marker is in the frame (the open sea).
 */
export function countryInFocus<T extends { code: string; point: Point | null }>(
  view: MapView,
  countries: T[],
): string | undefined {
  if (view.k < CITIES_FROM_ZOOM) return undefined;
  let best: { code: string; distance: number } | undefined;
  for (const country of countries) {
    if (!country.point || !inFrame(view, country.point)) continue;
    const [x, y] = toFrame(view, country.point);
    const distance = (x - MAP_WIDTH / 2) ** 2 + (y - MAP_HEIGHT / 2) ** 2;
    if (!best || distance < best.distance)
      best = { code: country.code, distance };
  }
  return best?.code;
}

/** Views are equal once rounded to what a screen shows (no re-render for a sub-pixel wheel). */
export const sameView = (a: MapView, b: MapView) =>
  Math.abs(a.k - b.k) < 1e-3 &&
  Math.abs(a.dx - b.dx) < 0.05 &&
  Math.abs(a.dy - b.dy) < 0.05;
