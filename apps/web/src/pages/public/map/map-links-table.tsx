import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';

type DirectoryMap = components['schemas']['DirectoryMap'];

/** Rows shown at first and added by "show more": the world has a few hundred country pairs, a country up to 2,000 lines. */
const STEP = 25;

/**
 * The map's data as a table, the way keyboard and screen-reader users read the map: the
 * country pairs with their counts (each country a button that zooms in on it), or when
 * zoomed in, the partnerships city by city.
 */
export function MapLinksTable({
  map,
  country,
  onCountry,
}: {
  map: DirectoryMap;
  country: string | undefined;
  onCountry(code: string): void;
}) {
  const t = useT();
  const countryName = useCountryName();
  const [shown, setShown] = useState(STEP);
  const rows = country ? map.cityLinks.length : map.countryLinks.length;

  const countryButton = (code: string) =>
    code === country ? (
      countryName(code)
    ) : (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => onCountry(code)}
        aria-label={t('map.zoomTo', { country: countryName(code) })}
      >
        {countryName(code)}
      </Anchor>
    );

  return (
    <>
      <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} aria-label={t(country ? 'map.table.cities' : 'map.table.countries')}>
        <Table striped verticalSpacing="xs" data-testid="map-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(country ? 'map.column.memberCity' : 'map.column.memberCountry')}</Table.Th>
              <Table.Th scope="col">{t(country ? 'map.column.partnerCity' : 'map.column.partnerCountry')}</Table.Th>
              {!country && (
                <Table.Th scope="col" ta="end">
                  {t('map.column.partnerships')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {country
              ? map.cityLinks.slice(0, shown).map((link) => (
                  <Table.Tr key={`${link.memberCity.id}>${link.partnerCity.id}`}>
                    <Table.Td>
                      {link.memberCity.name}{' '}
                      <Text span size="xs" c="dimmed">
                        {countryName(link.memberCity.countryCode)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {link.partnerCity.name}{' '}
                      <Text span size="xs" c="dimmed">
                        {countryName(link.partnerCity.countryCode)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))
              : map.countryLinks.slice(0, shown).map((link) => (
                  <Table.Tr key={`${link.from}>${link.to}`}>
                    <Table.Td>{countryButton(link.from)}</Table.Td>
                    <Table.Td>{countryButton(link.to)}</Table.Td>
                    <Table.Td ta="end">{link.count}</Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown < rows && (
        <Button variant="default" onClick={() => setShown((n) => n + STEP * 4)} mt="sm">
          {t('map.showMore', { shown, total: rows })}
        </Button>
      )}
    </>
  );
}
