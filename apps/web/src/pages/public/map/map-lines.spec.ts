import { geoPath } from "d3-geo";
import {
  arc,
  forThinLines,
  projectionAround,
  worldProjection,
} from "./map-geometry";
import { projectLines, traceLines } from "./map-lines";

/** The pieces drawn (a NaN pair starts each): a line cut by the map's edge is two. */
const pieces = (lines: Float32Array) =>
  lines.filter((value, i) => i % 2 === 0 && Number.isNaN(value)).length;

/** What `traceLines` asks of a canvas, written as SVG path data to compare with d3's own. */
function asPathData(lines: Float32Array): string {
  const parts: string[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  traceLines(
    {
      moveTo: (x, y) => parts.push(`M${round(x)},${round(y)}`),
      lineTo: (x, y) => parts.push(`L${round(x)},${round(y)}`),
    },
    lines,
  );
  return parts.join("");
}

describe("the map's lines, projected once for the canvas", () => {
  it("keeps every point d3 draws, each line starting anew", () => {
    const projection = worldProjection();
    const lines = [
      arc([2.35, 48.85], [139.7, 35.7]),
      arc([2.35, 48.85], [-74, 40.7]),
    ];
    const projected = projectLines(projection, lines);
    expect(pieces(projected)).toBe(2);
    const d3 = lines
      .map((line) => geoPath(projection).digits(1)(line) ?? "")
      .join("")
      .replace(
        /([0-9.-]+),([0-9.-]+)/g,
        (_, x: string, y: string) =>
          `${Math.round(Number(x) * 10) / 10},${Math.round(Number(y) * 10) / 10}`,
      );
    expect(asPathData(projected)).toBe(d3);
    // Portland to Sapporo crosses the Pacific, the world map's edge: two pieces, as d3 cuts it.
    expect(
      pieces(projectLines(projection, [arc([-122.7, 45.5], [141.35, 43.06])])),
    ).toBe(2);
  });

  it("leaves out what a zoomed-in country cuts off the drawing", () => {
    const usa = projectionAround([
      [-122.7, 45.5],
      [-71.06, 42.36],
    ]);
    // Portland to Sapporo leaves the drawing: clipped, not drawn all the way to Japan.
    const projected = projectLines(forThinLines(usa), [
      arc([-122.7, 45.5], [141.35, 43.06]),
    ]);
    for (let i = 0; i < projected.length; i += 2) {
      if (Number.isNaN(projected[i])) continue;
      expect(projected[i]).toBeGreaterThan(-100);
      expect(projected[i]).toBeLessThan(1100);
    }
  });
});
