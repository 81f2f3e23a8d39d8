import { MAP_HEIGHT, MAP_WIDTH } from "./map-geometry";
import {
  applyCommand,
  canZoomIn,
  canZoomOut,
  CITIES_FROM_ZOOM,
  clampView,
  commandForKey,
  countryInFocus,
  inFrame,
  MAX_ZOOM,
  panBy,
  toFrame,
  WHOLE_MAP,
  zoomAt,
  type MapView,
} from "./map-view";

const middle: [number, number] = [MAP_WIDTH / 2, MAP_HEIGHT / 2];

describe("the map's free zoom and pan", () => {
  it("keeps the point under the wheel or the fingers where it is while zooming", () => {
    const around: [number, number] = [200, 100];
    const zoomed = zoomAt(WHOLE_MAP, 3, around);
    expect(zoomed.k).toBe(3);
    expect(toFrame(zoomed, around)).toEqual(around);
    // Out again by the same factor: back to the whole map.
    const back = zoomAt(zoomed, 1 / 3, around);
    expect(back.k).toBeCloseTo(1);
    expect(back.dx).toBeCloseTo(0);
    expect(back.dy).toBeCloseTo(0);
  });

  it("never zooms out past the whole map nor in past its limit", () => {
    expect(zoomAt(WHOLE_MAP, 0.5)).toEqual(WHOLE_MAP);
    expect(zoomAt(WHOLE_MAP, 1000).k).toBe(MAX_ZOOM);
    expect(canZoomOut(WHOLE_MAP)).toBe(false);
    expect(canZoomIn(zoomAt(WHOLE_MAP, 1000))).toBe(false);
  });

  it("never pans the drawing off its frame", () => {
    // At the whole map there is nothing to pan over.
    expect(panBy(WHOLE_MAP, 100, -50)).toEqual(WHOLE_MAP);
    const zoomed = zoomAt(WHOLE_MAP, 2);
    // Far to the east and south: the drawing's bottom-right corner stops at the frame's.
    const east = panBy(zoomed, -10_000, -10_000);
    expect(toFrame(east, [MAP_WIDTH, MAP_HEIGHT])).toEqual([
      MAP_WIDTH,
      MAP_HEIGHT,
    ]);
    const west = panBy(zoomed, 10_000, 10_000);
    expect(toFrame(west, [0, 0])).toEqual([0, 0]);
    expect(clampView({ k: 0.2, dx: 50, dy: 50 })).toEqual(WHOLE_MAP);
  });

  it("answers the buttons and keys: zoom by steps around the middle, pan a fifth of the frame, reset", () => {
    const zoomed = applyCommand(WHOLE_MAP, "zoomIn");
    expect(zoomed.k).toBe(2);
    expect(toFrame(zoomed, middle)).toEqual(middle);
    expect(applyCommand(zoomed, "zoomOut")).toEqual(WHOLE_MAP);
    // "West" shows what lies west: the drawing moves right.
    expect(applyCommand(zoomed, "west").dx).toBeCloseTo(
      zoomed.dx + MAP_WIDTH * 0.2,
    );
    expect(applyCommand(zoomed, "east").dx).toBeCloseTo(
      zoomed.dx - MAP_WIDTH * 0.2,
    );
    expect(applyCommand(zoomed, "north").dy).toBeCloseTo(
      zoomed.dy + MAP_HEIGHT * 0.2,
    );
    expect(applyCommand(zoomed, "south").dy).toBeCloseTo(
      zoomed.dy - MAP_HEIGHT * 0.2,
    );
    expect(applyCommand(applyCommand(zoomed, "south"), "reset")).toEqual(
      WHOLE_MAP,
    );

    expect(
      [
        "+",
        "=",
        "-",
        "_",
        "0",
        "Home",
        "ArrowLeft",
        "ArrowRight",
        "ArrowUp",
        "ArrowDown",
      ].map(commandForKey),
    ).toEqual([
      "zoomIn",
      "zoomIn",
      "zoomOut",
      "zoomOut",
      "reset",
      "reset",
      "west",
      "east",
      "north",
      "south",
    ]);
    // Tab, Enter and the rest keep their meaning.
    expect(commandForKey("Tab")).toBeUndefined();
    expect(commandForKey("Enter")).toBeUndefined();
  });

  it("tells what is in the frame, with a margin for a marker", () => {
    const zoomed: MapView = zoomAt(WHOLE_MAP, 4, [0, 0]);
    expect(inFrame(zoomed, [10, 10])).toBe(true);
    expect(inFrame(zoomed, [MAP_WIDTH / 2, MAP_HEIGHT / 2])).toBe(false);
    expect(inFrame(zoomed, [MAP_WIDTH / 4 + 1, 10])).toBe(false);
    expect(inFrame(zoomed, [MAP_WIDTH / 4 + 1, 10], 5)).toBe(true);
  });

  it("shows the cities of the country in the middle once zoomed in enough, countries as clusters before", () => {
    const countries = [
      { code: "FR", point: [480, 150] as [number, number] },
      { code: "DE", point: [500, 140] as [number, number] },
      { code: "JP", point: [850, 180] as [number, number] },
      { code: "XX", point: null },
    ];
    expect(
      countryInFocus(
        zoomAt(WHOLE_MAP, CITIES_FROM_ZOOM / 2, [490, 145]),
        countries,
      ),
    ).toBeUndefined();
    const overEurope = zoomAt(WHOLE_MAP, CITIES_FROM_ZOOM, [490, 145]);
    // The view zoomed around (490, 145) keeps that point, not the middle: pan it there.
    const [x, y] = toFrame(overEurope, [482, 150]);
    const centredOnFrance = panBy(overEurope, middle[0] - x, middle[1] - y);
    expect(countryInFocus(centredOnFrance, countries)).toBe("FR");
    // Over the open sea, far from every marker in the frame: none.
    const pacific = panBy(
      zoomAt(WHOLE_MAP, CITIES_FROM_ZOOM, [0, MAP_HEIGHT]),
      0,
      0,
    );
    expect(countryInFocus(pacific, countries)).toBeUndefined();
  });
});
