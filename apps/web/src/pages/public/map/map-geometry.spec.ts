import { MAP_HEIGHT, MAP_WIDTH, markerRadiusFor, projectionAround, strokeWidthFor, worldProjection } from './map-geometry';

const inside = ([x, y]: [number, number]) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;

describe('the map geometry', () => {
  it('puts the whole world inside the drawing', () => {
    const project = worldProjection();
    for (const place of [
      [-122.7, 45.5],
      [141.35, 43.06],
      [-70, -50],
      [179, 65],
    ] as const)
      expect(inside(project([...place])!)).toBe(true);
  });

  it("zooms in on one country's cities and keeps a lone city in view", () => {
    const portland: [number, number] = [-122.7, 45.5];
    const boston: [number, number] = [-71.06, 42.36];
    const zoomed = projectionAround([portland, boston]);
    expect(zoomed.scale()).toBeGreaterThan(worldProjection().scale() * 2);
    expect(inside(zoomed(portland)!)).toBe(true);
    expect(inside(zoomed(boston)!)).toBe(true);
    // Tokyo is far outside a map of the United States.
    expect(inside(zoomed([139.7, 35.7])!)).toBe(false);
    const alone = projectionAround([[141.35, 43.06]]);
    expect(Number.isFinite(alone.scale())).toBe(true);
    expect(inside(alone([141.35, 43.06])!)).toBe(true);
  });

  it('keeps a country across the antimeridian in one piece', () => {
    const fiji = projectionAround([
      [178.4, -18.1],
      [-179.9, -16.5],
    ]);
    const [west] = fiji([178.4, -18.1])!;
    const [east] = fiji([-179.9, -16.5])!;
    expect(Math.abs(west - east)).toBeLessThan(MAP_WIDTH / 2);
  });

  it('widens lines and markers with the count, slowly', () => {
    expect(strokeWidthFor(1)).toBeLessThan(strokeWidthFor(2));
    expect(strokeWidthFor(1024)).toBeLessThan(10);
    expect(markerRadiusFor(0)).toBe(2);
    expect(markerRadiusFor(10_000)).toBe(18);
  });
});
