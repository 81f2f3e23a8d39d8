import { MAP_WIDTH } from './map-geometry';
import { traceLines, type ProjectedLines } from './map-lines';
import { inFrame, toFrame, type MapView } from './map-view';

/** What the canvas draws: the many lines and city markers, too many for SVG elements (~2,000 of each in a busy country). */
export interface CanvasLayer {
  /** Drawn in order (smallest flows first, so the big ones are on top); width in drawing units at the whole map; `count`, the lines (partnerships or country pairs) in the group. */
  lines: Array<{ lines: ProjectedLines; width: number; count: number }>;
  /** City markers: radius in drawing units at the whole map; `title`, the city's name, shown on hover. */
  dots: Array<{ point: [number, number]; radius: number; title: string }>;
}

/** The city marker under a pointer (`at`, in frame units), if one is within a few units: the canvas has no elements to hover. */
export function dotAt(layer: CanvasLayer, view: MapView, at: readonly [number, number], reach = 6): CanvasLayer['dots'][number] | undefined {
  let best: { dot: CanvasLayer['dots'][number]; distance: number } | undefined;
  for (const dot of layer.dots) {
    const [x, y] = toFrame(view, dot.point);
    const distance = Math.hypot(x - at[0], y - at[1]);
    if (distance <= reach && (!best || distance < best.distance)) best = { dot, distance };
  }
  return best?.dot;
}

export interface CanvasColours {
  line: string;
  dot: string;
  outline: string;
}

/** The theme's colours (CSS variables) as the canvas needs them, read from the page. */
export function coloursOf(element: Element): CanvasColours {
  const style = getComputedStyle(element);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    line: colour('--mantine-color-blue-7', '#1c7ed6'),
    dot: colour('--mantine-color-orange-7', '#f76707'),
    outline: colour('--mantine-color-white', '#fff'),
  };
}

/**
 * Draws `layer` as `view` shows it, at the screen's own resolution (devicePixelRatio) so
 * lines stay sharp on a phone. Lines and markers keep their width on screen whatever the
 * zoom (as SVG's non-scaling strokes would). A few milliseconds for 2,000 lines: the
 * projection was done once (`projectLines`), this only replays the numbers, so it runs at
 * every frame of a drag or pinch.
 */
export function drawLayer(canvas: HTMLCanvasElement, layer: CanvasLayer, view: MapView, colours: CanvasColours): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  // Drawing units to device pixels, then the view's zoom and pan.
  const scale = width / MAP_WIDTH;
  context.setTransform(scale * view.k, 0, 0, scale * view.k, scale * view.dx, scale * view.dy);

  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = colours.line;
  context.globalAlpha = 0.45;
  for (const group of layer.lines) {
    context.lineWidth = group.width / view.k;
    context.beginPath();
    traceLines(context, group.lines);
    context.stroke();
  }

  // The markers outside the frame are skipped (zoomed in, most are).
  context.globalAlpha = 0.85;
  context.fillStyle = colours.dot;
  context.strokeStyle = colours.outline;
  context.lineWidth = 0.75 / view.k;
  context.beginPath();
  for (const { point, radius } of layer.dots) {
    if (!inFrame(view, point, radius)) continue;
    const r = radius / view.k;
    context.moveTo(point[0] + r, point[1]);
    context.arc(point[0], point[1], r, 0, 2 * Math.PI);
  }
  context.fill();
  context.stroke();
  context.globalAlpha = 1;
}
