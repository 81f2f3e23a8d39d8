import { MAP_HEIGHT, MAP_WIDTH } from "./map-geometry";
import { traceLines, type ProjectedLines } from "./map-lines";
import { inFrame, toFrame, type MapView } from "./map-view";

/** What the canvas draws: the many lines and city markers, too many for SVG elements (~2,000 of each in a busy country). */
export interface CanvasLayer {
  /** Drawn in order (smallest flows first, so the big ones are on top); width in drawing units at the whole map; `count`, the lines (partnerships or country pairs) in the group. */
  lines: Array<{ lines: ProjectedLines; width: number; count: number }>;
  /** City markers: radius in drawing units at the whole map; `title`, the city's name, shown on hover. */
  dots: Array<{ point: [number, number]; radius: number; title: string }>;
}

/** The city marker under a pointer (`at`, in frame units), if one is within a few units: the canvas has no elements to hover. */
export function dotAt(
  layer: CanvasLayer,
  view: MapView,
  at: readonly [number, number],
  reach = 6,
): CanvasLayer["dots"][number] | undefined {
  let best: { dot: CanvasLayer["dots"][number]; distance: number } | undefined;
  for (const dot of layer.dots) {
    const [x, y] = toFrame(view, dot.point);
    const distance = Math.hypot(x - at[0], y - at[1]);
    if (distance <= reach && (!best || distance < best.distance))
      best = { dot, distance };
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
  const colour = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    line: colour("--mantine-color-blue-7", "#1c7ed6"),
    dot: colour("--mantine-color-orange-7", "#f76707"),
    outline: colour("--mantine-color-white", "#fff"),
  };
}

/**
 * Draws `layer` as `view` shows it, at the screen's own resolution (devicePixelRatio) so
 * lines stay sharp on a phone. Lines and markers keep their width on screen whatever the
 * zoom (as SVG's non-scaling strokes would). The projection was done once
 * (`projectLines`): this replays the numbers. Where the browser draws canvases without a
 * GPU (headless Chromium here) the pixels are computed on the main thread, so the costly
 * part is kept small: a stroke per line (one path of 2,000 overlapping lines cost Skia
 * twice as much), thin lines a pixel wide at most, lines wholly outside the frame skipped, markers stamped from a
 * pre-drawn circle rather than each filled and outlined. The caller redraws once the view
 * rests, not at every frame of a gesture (`world-map.tsx`).
 */
export function drawLayer(
  canvas: HTMLCanvasElement,
  layer: CanvasLayer,
  view: MapView,
  colours: CanvasColours,
): void {
  const context = canvas.getContext("2d");
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
  context.setTransform(
    scale * view.k,
    0,
    0,
    scale * view.k,
    scale * view.dx,
    scale * view.dy,
  );

  context.lineCap = "round";
  context.lineJoin = "round";
  context.strokeStyle = colours.line;
  context.globalAlpha = 0.45;
  const visible = visibleBox(view);
  for (const group of layer.lines) {
    // A line of 1 drawing unit is 1.05 pixel on a desktop: drawn as 1, it takes Skia's hairline path, several times quicker.
    // At least 0.75 of a CSS pixel: at 360 px the drawing is shrunk to 0.37 and its lines faded out.
    const pixels = Math.max(group.width * scale, 0.75 * ratio);
    context.lineWidth =
      (pixels < 1.5 ? Math.min(pixels, 1) : pixels) / (scale * view.k);
    strokeEach(context, group.lines, visible);
  }

  // Markers in device pixels: the same size at any zoom. Those outside the frame are skipped (zoomed in, most are).
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 0.85;
  for (const { point, radius } of layer.dots) {
    if (!inFrame(view, point, radius)) continue;
    const [x, y] = toFrame(view, point);
    // At least 2 CSS pixels across the radius, so a city still shows on a phone.
    const sprite = dotSprite(Math.max(radius * scale, 2 * ratio), colours);
    context.drawImage(
      sprite,
      x * scale - sprite.width / 2,
      y * scale - sprite.height / 2,
    );
  }
  context.globalAlpha = 1;
}

/** The part of the drawing the frame shows, in drawing units, with a margin for line widths: [x0, y0, x1, y1]. */
function visibleBox(view: MapView): [number, number, number, number] {
  const margin = 10 / view.k;
  return [
    -view.dx / view.k - margin,
    -view.dy / view.k - margin,
    (MAP_WIDTH - view.dx) / view.k + margin,
    (MAP_HEIGHT - view.dy) / view.k + margin,
  ];
}

/** Strokes each line of `lines` that reaches into `box` (a line's box tested first: off-frame lines cost no pixels). */
function strokeEach(
  context: CanvasRenderingContext2D,
  lines: ProjectedLines,
  box: [number, number, number, number],
): void {
  let i = 0;
  while (i < lines.length) {
    // A line: the NaN pair, then its points up to the next NaN pair.
    const start = i + 2;
    let end = start;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    while (end < lines.length && !Number.isNaN(lines[end])) {
      const x = lines[end] ?? 0;
      const y = lines[end + 1] ?? 0;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      end += 2;
    }
    if (x1 >= box[0] && x0 <= box[2] && y1 >= box[1] && y0 <= box[3]) {
      context.beginPath();
      traceLines(context, lines.subarray(i, end));
      context.stroke();
    }
    i = end;
  }
}

/** A marker drawn once per size and colours, stamped for each city. */
const sprites = new Map<string, HTMLCanvasElement>();
function dotSprite(radius: number, colours: CanvasColours): HTMLCanvasElement {
  const key = `${radius.toFixed(2)} ${colours.dot} ${colours.outline}`;
  const cached = sprites.get(key);
  if (cached) return cached;
  const outline = 0.75;
  const size = Math.ceil(2 * (radius + outline)) + 2;
  const sprite = document.createElement("canvas");
  sprite.width = size;
  sprite.height = size;
  const context = sprite.getContext("2d");
  if (context) {
    context.beginPath();
    context.arc(size / 2, size / 2, radius, 0, 2 * Math.PI);
    context.fillStyle = colours.dot;
    context.fill();
    context.lineWidth = outline;
    context.strokeStyle = colours.outline;
    context.stroke();
  }
  sprites.set(key, sprite);
  return sprite;
}
