import { Box } from '@mantine/core';
import { geoPath } from 'd3-geo';
import { useMemo } from 'react';
import type { components } from '../../../api/api-types.generated';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { Atlas } from './map-queries';
import {
  arc,
  forThinLines,
  MAP_HEIGHT,
  MAP_WIDTH,
  markerRadiusFor,
  projectionAround,
  strokeWidthFor,
  worldProjection,
  type Position,
} from './map-geometry';

type DirectoryMap = components['schemas']['DirectoryMap'];

const at = (place: { longitude: number; latitude: number }): Position => [place.longitude, place.latitude];

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
 * The SVG map: country-to-country arcs with their counts when zoomed out, city-to-city
 * lines when zoomed in on one country. A picture for pointer users: its data is also in
 * the table next to it, which is what keyboard and screen-reader users work with.
 */
export function WorldMap({ atlas, map, country, onCountry, label }: WorldMapProps) {
  const t = useT();
  const countryName = useCountryName();
  const drawing = useMemo(() => {
    const places = country
      ? map.cityLinks
          .flatMap((link) => [link.memberCity, link.partnerCity])
          .filter((city) => city.countryCode === country)
          .map(at)
      : [];
    const projection = country ? projectionAround(places) : worldProjection();
    const path = geoPath(projection);
    const positions = new Map(map.countries.map((c) => [c.countryCode, at(c)]));
    const thinLine = geoPath(forThinLines(projection));
    const lines = country
      ? // One path for them all: they look alike, and thousands of elements cost the page more than one long one.
        [
          {
            key: 'city-links',
            d: map.cityLinks.map((link) => thinLine(arc(at(link.memberCity), at(link.partnerCity))) ?? '').join(''),
            width: 1,
          },
        ]
      : // Smallest first, so the big flows are drawn on top.
        [...map.countryLinks]
          .filter((link) => link.from !== link.to)
          .sort((a, b) => a.count - b.count)
          .map((link) => ({
            key: `${link.from}>${link.to}`,
            d: path(arc(positions.get(link.from) ?? [0, 0], positions.get(link.to) ?? [0, 0])),
            width: strokeWidthFor(link.count),
          }));
    const markers = country
      ? [...new Map(map.cityLinks.flatMap((link) => [link.memberCity, link.partnerCity]).map((city) => [city.id, city])).values()].map(
          (city) => ({
            key: city.id,
            point: projection(at(city)),
            radius: city.countryCode === country ? 2.5 : 2,
            code: city.countryCode,
            title: `${city.name} (${countryName(city.countryCode)})`,
          }),
        )
      : map.countries.map((c) => ({
          key: c.countryCode,
          point: projection(at(c)),
          radius: markerRadiusFor(c.partnerships),
          code: c.countryCode,
          title: t('map.marker', {
            country: countryName(c.countryCode),
            count: c.partnerships,
          }),
        }));
    return {
      sphere: path({ type: 'Sphere' }) ?? undefined,
      land: path(atlas.land) ?? undefined,
      borders: path(atlas.borders) ?? undefined,
      lines,
      markers,
    };
  }, [atlas, map, country, t, countryName]);

  return (
    <Box
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
      }}
    >
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        data-testid="world-map"
        style={{ display: 'block' }}
      >
        <title>{label}</title>
        <path d={drawing.sphere} fill="var(--mantine-color-blue-0)" />
        <path d={drawing.land} fill="var(--mantine-color-gray-2)" />
        <path d={drawing.borders} fill="none" stroke="var(--mantine-color-white)" strokeWidth={0.5} />
        <g fill="none" stroke="var(--mantine-color-blue-7)" strokeOpacity={0.45} strokeLinecap="round" data-testid="map-lines">
          {drawing.lines.map((line) => line.d && <path key={line.key} d={line.d} strokeWidth={line.width} />)}
        </g>
        <g>
          {drawing.markers.map(
            (marker) =>
              marker.point && (
                <circle
                  key={marker.key}
                  cx={marker.point[0]}
                  cy={marker.point[1]}
                  r={marker.radius}
                  fill="var(--mantine-color-orange-7)"
                  fillOpacity={0.85}
                  stroke="var(--mantine-color-white)"
                  strokeWidth={0.75}
                  style={{
                    cursor: marker.code === country ? undefined : 'pointer',
                  }}
                  onClick={() => marker.code !== country && onCountry(marker.code)}
                >
                  <title>{marker.title}</title>
                </circle>
              ),
          )}
        </g>
      </svg>
    </Box>
  );
}
