import type { JSX } from 'react';
import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { MapLinksTable } from './map-links-table';
import { atlasQuery, directoryMapQuery } from './map-queries';
import { WorldMap } from './world-map';

const route = getRouteApi('/map');

/**
 * The world map of partnerships in force. Its own page (`/map`) rather than a tab of the
 * directory: the directory is the first page every visitor opens and must stay light,
 * while the map brings d3-geo and an atlas; a page of its own also gives the zoomed-in
 * country an address of its own (`/map?country=JP`).
 */
export function MapPage(): JSX.Element {
  const t = useT();
  const countryName = useCountryName();
  const { country } = route.useSearch();
  const navigate = route.useNavigate();
  const atlas = useQuery(atlasQuery);
  const map = useQuery(directoryMapQuery(country));
  const zoomTo = (code: string | undefined) => void navigate({ search: code ? { country: code } : {} });

  const data = map.data;
  const label = data
    ? country
      ? t('map.label.country', {
          country: countryName(country),
          total: data.total,
        })
      : t('map.label.world', {
          total: data.total,
          countries: data.countries.length,
        })
    : t('common.loading');

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('map.title')}</Title>
        <Text c="dimmed">{t('map.intro')}</Text>
      </div>
      <Group align="end" gap="sm" wrap="wrap">
        <Select
          label={t('map.country')}
          placeholder={t('map.world')}
          searchable
          clearable
          data={(data?.countries ?? []).map((c) => ({
            value: c.countryCode,
            label: `${countryName(c.countryCode)} (${c.partnerships})`,
          }))}
          value={country ?? null}
          onChange={(value) => zoomTo(value ?? undefined)}
          w={{ base: '100%', xs: 280 }}
        />
        {country && (
          <Button variant="default" onClick={() => zoomTo(undefined)}>
            {t('map.backToWorld')}
          </Button>
        )}
      </Group>
      <Group gap="xs" role="status" aria-live="polite">
        <Text fw={500}>{label}</Text>
        {(map.isFetching || atlas.isFetching) && <Loader size="xs" aria-hidden />}
      </Group>
      {map.isError && !data && <ProblemAlert problem={asProblem(map.error)} />}
      {atlas.isError && <ProblemAlert problem={asProblem(atlas.error)} />}
      {data && data.cityLinksLeftOut > 0 && (
        <Alert color="blue">
          {t('map.leftOut', {
            shown: data.cityLinks.length,
            total: data.total,
          })}
        </Alert>
      )}
      {/* Keyed by country: a new country starts at its whole view (the key differs from the table's, its sibling). */}
      {data && atlas.data && <WorldMap key={`map-${country ?? 'world'}`} atlas={atlas.data} map={data} country={country} onCountry={zoomTo} label={label} />}
      {data && <MapLinksTable key={country ?? 'world'} map={data} country={country} onCountry={zoomTo} />}
    </Stack>
  );
}
