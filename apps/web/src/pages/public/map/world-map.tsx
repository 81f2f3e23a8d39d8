import { Box, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { geoPath, type GeoProjection } from 'd3-geo';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { components } from '../../../api/api-types.generated';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { coloursOf, dotAt, drawLayer, type CanvasLayer } from './map-canvas';
import { MapControls } from './map-controls';
import { arc, forThinLines, MAP_HEIGHT, MAP_WIDTH, markerRadiusFor, projectionAround, strokeWidthFor, worldProjection, type Position } from './map-geometry';
import { projectLines } from './map-lines';
import { directoryMapQuery, type Atlas } from './map-queries';
import { applyCommand, commandForKey, countryInFocus, sameView, WHOLE_MAP, type MapCommand, type MapView } from './map-view';
import { useMapGestures } from './use-map-gestures';

type DirectoryMap = components['schemas']['DirectoryMap'];
type CityLink = DirectoryMap['cityLinks'][number];

const at = (place: { longitude: number; latitude: number }): Position => [place.longitude, place.latitude];

/** How long the view must rest before the world view asks for the cities of the country in its middle (not one request per country crossed). */
const SETTLE_MS = 250;
/** How long the view must rest before the canvas is drawn sharp again (until then its last drawing is scaled). */
const REDRAW_MS = 120;

export interface WorldMapProps {
  atlas: Atlas;
  map: DirectoryMap;
  /** The country zoomed in on (its partnerships city by city), or none: the world by country pair. */
  country: string | undefined;
  /** Zoom in on a country (its marker was clicked). The table beside the map offers the same by keyboard. */
  onCountry(code: string): void;
  label: string;
}

/**
 * The map, in three layers over one frame: SVG for the sea, land and borders; a canvas for
 * the lines and city markers (thousands in a busy country: as SVG elements they cost the
 * page ~0.4 s to build and lay out); SVG again for the countries' markers (a few hundred,
 * clickable, each titled). Free zoom and pan (wheel, pinch, drag, the buttons, the keys of
 * the focused frame) only change a transform over projections computed once
 * (`map-view.ts`); the canvas is drawn again only once the view rests. Zoomed
 * out, countries are clusters; zoomed in enough on the world, the country in the middle
 * shows its cities and lines. A picture for pointer users: its data is also in the table
 * next to it, which is what screen-reader users work with.
 */
export function WorldMap({ atlas, map, country, onCountry, label }: WorldMapProps) {
  const t = useT();
  const countryName = useCountryName();
  const hintId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [view, setView] = useState<MapView>(WHOLE_MAP);
  const dragged = useMapGestures(frame, view, setView);
  const settled = useSettled(view, SETTLE_MS);

  // The projection and everything projected with it: once per country, never per zoom.
  const base = useMemo(() => {
    const projection = country ? projectionAround(citiesOf(map.cityLinks, country)) : worldProjection();
    const path = geoPath(projection);
    const markers = country
      ? []
      : map.countries.map((c) => ({
          code: c.countryCode,
          point: projection(at(c)),
          radius: markerRadiusFor(c.partnerships),
          title: t('map.marker', { country: countryName(c.countryCode), count: c.partnerships }),
        }));
    return {
      projection,
      sphere: path({ type: 'Sphere' }) ?? undefined,
      land: path(atlas.land) ?? undefined,
      borders: path(atlas.borders) ?? undefined,
      markers,
    };
  }, [atlas, map, country, t, countryName]);

  const worldLines = useMemo(() => (country ? undefined : countryLinesOf(base.projection, map)), [base.projection, map, country]);
  const countryLayer = useMemo(() => (country ? cityLayerOf(base.projection, map.cityLinks, country, countryName) : undefined), [base.projection, map, country, countryName]);

  // The world zoomed in enough: the cities of the country in the middle of the view, fetched once it rests.
  const focus = country ? undefined : countryInFocus(settled, base.markers);
  const focused = useQuery({ ...directoryMapQuery(focus), enabled: focus !== undefined });
  const focusData = focus && focused.data ? focused.data : undefined;
  const focusLayer = useMemo(
    () => (focus && focusData ? cityLayerOf(base.projection, focusData.cityLinks, focus, countryName) : undefined),
    [base.projection, focus, focusData, countryName],
  );

  const layer: CanvasLayer = useMemo(
    () =>
      countryLayer ?? {
        lines: [...(worldLines ?? []), ...(focusLayer?.lines ?? [])],
        dots: focusLayer?.dots ?? [],
      },
    [countryLayer, worldLines, focusLayer],
  );
  const linesDrawn = layer.lines.reduce((sum, group) => sum + group.count, 0);

  // The canvas is drawn sharp for one view (`drawnAt`); while the view moves (a drag, a
  // pinch, a button) the browser only moves and scales that drawing (a CSS transform, no
  // pixels computed), and it is drawn again once the view rests. New lines are drawn at once.
  const [drawnAt, setDrawnAt] = useState<MapView>(view);
  const latestView = useRef(view);
  useLayoutEffect(() => {
    latestView.current = view;
  }, [view]);
  const rested = useSettled(view, REDRAW_MS);
  const drawnAtRef = useRef(view);
  const draw = useCallback(
    (at: MapView) => {
      const element = canvas.current;
      if (!element) return;
      drawLayer(element, layer, at, coloursOf(element));
      // What the browser tests and the benchmark wait for: the lines are on the canvas.
      element.dataset['lines'] = String(linesDrawn);
      drawnAtRef.current = at;
      setDrawnAt(at);
    },
    [layer, linesDrawn],
  );
  // Before the frame is painted, so new lines never lag behind the land under them.
  useLayoutEffect(() => draw(latestView.current), [draw]);
  useEffect(() => {
    if (sameView(rested, latestView.current) && !sameView(rested, drawnAtRef.current)) draw(rested);
  }, [rested, draw]);
  // The frame's width changes (a rotated phone, a narrower window): the canvas's pixels with it.
  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      draw(latestView.current);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [draw]);

  // The city under a mouse pointer, named in a tooltip (the SVG markers had a title each).
  const [hovered, setHovered] = useState<{ title: string; left: number; top: number }>();
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return setHovered(undefined);
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const dot = dotAt(layer, view, [(x * MAP_WIDTH) / box.width, (y * MAP_HEIGHT) / box.height]);
    setHovered((before) => (dot ? (before?.title === dot.title ? before : { title: dot.title, left: x, top: y }) : undefined));
  };

  const command = (which: MapCommand) => setView((v) => applyCommand(v, which));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const which = commandForKey(event.key);
    if (!which) return;
    // The arrows would scroll the page too.
    event.preventDefault();
    command(which);
  };

  const focusNote =
    focus && focusData ? t('map.focus', { country: countryName(focus), total: focusData.total }) : focus ? t('common.loading') : undefined;
  const transform = `translate(${view.dx} ${view.dy}) scale(${view.k})`;
  const layerStyle = { position: 'absolute', inset: 0, width: '100%', height: '100%', display: 'block', pointerEvents: 'none' } as const;

  return (
    <Stack gap="xs">
      <MapControls view={view} onCommand={command} focusNote={focusNote} />
      <Box
        ref={frame}
        tabIndex={0}
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        data-testid="world-map"
        data-zoom={view.k}
        onKeyDown={onKeyDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(undefined)}
        style={{
          position: 'relative',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-md)',
          overflow: 'hidden',
          // The map takes drags and pinches; the page scrolls from outside it.
          touchAction: 'none',
          cursor: view.k > 1 ? 'grab' : undefined,
          outlineOffset: 2,
        }}
      >
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width="100%" aria-hidden style={{ display: 'block' }}>
          <g transform={transform}>
            <path d={base.sphere} fill="var(--mantine-color-blue-0)" />
            <path d={base.land} fill="var(--mantine-color-gray-2)" />
            <path d={base.borders} fill="none" stroke="var(--mantine-color-white)" strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
          </g>
        </svg>
        <canvas
          ref={canvas}
          aria-hidden
          data-testid="map-lines"
          style={{ ...layerStyle, transformOrigin: '0 0', transform: canvasTransform(drawnAt, view) }}
        />
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-hidden style={layerStyle}>
          <g transform={transform}>
            {base.markers.map(
              (marker) =>
                marker.point &&
                marker.code !== focus && (
                  <circle
                    key={marker.code}
                    data-country={marker.code}
                    cx={marker.point[0]}
                    cy={marker.point[1]}
                    r={marker.radius / view.k}
                    fill="var(--mantine-color-orange-7)"
                    fillOpacity={0.85}
                    stroke="var(--mantine-color-white)"
                    strokeWidth={0.75}
                    vectorEffect="non-scaling-stroke"
                    style={{ cursor: 'pointer', pointerEvents: 'auto' }}
                    onClick={() => !dragged.current && onCountry(marker.code)}
                  >
                    <title>{marker.title}</title>
                  </circle>
                ),
            )}
          </g>
        </svg>
        {hovered && (
          <Box
            aria-hidden
            px={6}
            py={2}
            fz="xs"
            bg="var(--mantine-color-body)"
            bd="1px solid var(--mantine-color-gray-4)"
            style={{ position: 'absolute', left: hovered.left + 12, top: hovered.top + 12, pointerEvents: 'none', borderRadius: 4, whiteSpace: 'nowrap' }}
          >
            {hovered.title}
          </Box>
        )}
      </Box>
      <Text id={hintId} size="xs" c="dimmed">
        {t('map.hint')}
      </Text>
    </Stack>
  );
}

/**
 * The CSS transform that shows a canvas drawn at `drawnAt` as `view` shows the map: a
 * point shown at f under `drawnAt` is at f·r + (d − d₀·r) under `view`, r = k / k₀. In
 * percentages of the canvas, which is the frame's size (the drawing's 960 × 500).
 */
function canvasTransform(drawnAt: MapView, view: MapView): string | undefined {
  if (sameView(drawnAt, view)) return undefined;
  const r = view.k / drawnAt.k;
  const x = ((view.dx - drawnAt.dx * r) / MAP_WIDTH) * 100;
  const y = ((view.dy - drawnAt.dy * r) / MAP_HEIGHT) * 100;
  return `translate(${x}%, ${y}%) scale(${r})`;
}

/** The value once it has not changed for `ms` (what a fetch or another costly step should follow, not every frame). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The cities of `country` among its partnerships' (what the country's view is fitted to). */
const citiesOf = (links: CityLink[], country: string): Position[] =>
  links.flatMap((link) => [link.memberCity, link.partnerCity]).filter((city) => city.countryCode === country).map(at);

/** The world's lines: one great circle per pair of countries, smallest first so the big flows are drawn on top. */
function countryLinesOf(projection: GeoProjection, map: DirectoryMap): CanvasLayer['lines'] {
  const positions = new Map(map.countries.map((c) => [c.countryCode, at(c)]));
  return [...map.countryLinks]
    .filter((link) => link.from !== link.to)
    .sort((a, b) => a.count - b.count)
    .map((link) => ({
      lines: projectLines(projection, [arc(positions.get(link.from) ?? [0, 0], positions.get(link.to) ?? [0, 0])]),
      width: strokeWidthFor(link.count),
      count: 1,
    }));
}

/** One country's partnerships city by city: the lines (all alike, so one group) and each city once. */
function cityLayerOf(projection: GeoProjection, links: CityLink[], country: string, countryName: (code: string) => string): CanvasLayer {
  const cities = new Map(links.flatMap((link) => [link.memberCity, link.partnerCity]).map((city) => [city.id, city]));
  return {
    lines: [{ lines: projectLines(forThinLines(projection), links.map((link) => arc(at(link.memberCity), at(link.partnerCity)))), width: 1, count: links.length }],
    dots: [...cities.values()].flatMap((city) => {
      const point = projection(at(city));
      return point ? [{ point, radius: city.countryCode === country ? 2.5 : 2, title: `${city.name} (${countryName(city.countryCode)})` }] : [];
    }),
  };
}
