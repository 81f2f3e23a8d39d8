import type { DomCondition } from './page-probe';

// The pages measured and what "its content is there" means on each: the first row of the
// data a visitor came for, the map's lines, the chart's bars, the form's fields. Written as
// DOM conditions the probe evaluates inside the page (benchmarks/web/page-probe.ts).

export interface PageScenario {
  name: string;
  path: string;
  ready: DomCondition;
}

const FIRST_TABLE_ROW = `document.querySelector('table tbody tr td')`;
const MAP_DRAWN = `document.querySelector('[data-testid="map-lines"][data-lines]') && document.querySelector('[data-testid="map-table"] tbody tr')`;

/** `busiest`: the country with the most partnerships (either side), for the filtered directory and the zoomed map. */
export function pageScenarios(busiest: string, programsEmptyText: string): PageScenario[] {
  return [
    { name: 'directory /', path: '/', ready: FIRST_TABLE_ROW },
    { name: `directory, ?country=${busiest}`, path: `/?country=${busiest}`, ready: FIRST_TABLE_ROW },
    { name: 'map /map', path: '/map', ready: MAP_DRAWN },
    { name: `map zoomed, ?country=${busiest}`, path: `/map?country=${busiest}`, ready: MAP_DRAWN },
    { name: 'statistics', path: '/statistics', ready: `document.querySelector('[data-testid="statistics-figures"]') && document.querySelector('.recharts-rectangle')` },
    {
      name: 'programs',
      path: '/programs',
      // No program is published in the benchmark's platform: the catalogue's answer is its empty state.
      ready: `document.querySelector('main article') || [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === ${JSON.stringify(programsEmptyText)})`,
    },
    { name: 'sign-in', path: '/sign-in', ready: `document.querySelector('form input[type="password"]')` },
  ];
}

/** A test (made just before an input) of the directory's first row having changed. */
export const FIRST_ROW_CHANGED = `(() => {
  const row = () => document.querySelector('table tbody tr')?.textContent;
  const before = row();
  return () => { const now = row(); return now !== undefined && now !== before; };
})()`;

/** In-page input: the pager's "next page" button, found by its label. */
export const clickNextPage = (label: string) => `document.querySelector(${JSON.stringify(`button[aria-label="${label}"]`)}).click()`;

/** In-page input: a country chosen in the directory's country list (a native select: React listens to its change event). */
export const chooseCountry = (label: string, code: string) => `(() => {
  const field = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
  const select = document.getElementById(field.htmlFor);
  select.value = ${JSON.stringify(code)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
})()`;

/** The country's name as the console writes it (English; the page's own Intl, as `useCountryName`). */
const countryName = (code: string) => `new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(${JSON.stringify(code)})`;

/** A test of the map showing `code` city by city (its label starts with the country's name). */
export const mapZoomedTo = (code: string) => `(() => {
  const name = ${countryName(code)};
  return () => Boolean(document.querySelector('[data-testid="world-map"]')?.getAttribute('aria-label')?.startsWith(name + ':') && document.querySelector('[data-testid="map-lines"][data-lines]'));
})()`;

/** In-page input: the map table's button that zooms into `code` (its label is made from `zoomLabel`, "Show the partnerships of {country} city by city"). */
export const clickZoomInto = (zoomLabel: string, code: string) => `(() => {
  const label = ${JSON.stringify(zoomLabel)}.replace('{country}', ${countryName(code)});
  document.querySelector('button[aria-label="' + label + '"]').click();
})()`;

/** A test (made just before an input) of the map's free zoom having changed and been drawn (the frame's `data-zoom`, set with the canvas drawn in the same frame). */
export const MAP_ZOOM_CHANGED = `(() => {
  const zoom = () => document.querySelector('[data-testid="world-map"]')?.getAttribute('data-zoom');
  const before = zoom();
  return () => { const now = zoom(); return now !== undefined && now !== before; };
})()`;

/** In-page input: one of the map's zoom and pan buttons, found by its label. */
export const clickMapButton = (label: string) => `document.querySelector(${JSON.stringify(`button[aria-label="${label}"]`)}).click()`;
