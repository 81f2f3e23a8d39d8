import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { hasRole, session, useSession } from '../api/session';
import { useT } from '../i18n/locale-provider';
import { ConnectionBanner } from './connection-banner';
import { LanguageSwitcher } from './language-switcher';
import { isActiveSection, sectionsFor } from './navigation-sections';
import type { NavigationSection } from './navigation-sections';

/**
 * Every page's frame: a skip link first, the header (menu button on phones, name, language,
 * account), the navigation (a side bar on wide screens, a drawer on phones) and the page.
 */
export function AppLayout() {
  const t = useT();
  const [navigationOpen, navigation] = useDisclosure(false);
  // Below Mantine's `sm` breakpoint the navigation is a drawer pushed off screen when closed:
  // `inert` keeps the keyboard and screen readers out of it until it opens.
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const current = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }} padding="md">
      <Anchor href="#main" className="skip-link">
        {t('nav.skip')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
            <Burger opened={navigationOpen} onClick={navigation.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-expanded={navigationOpen} />
            <Anchor component={Link} to="/" fw={700} c="inherit" underline="never" truncate="end" miw={0}>
              {t('app.title')}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            {/* On phones the account actions are in the navigation drawer: the header has no room. */}
            {current ? (
              <Button variant="subtle" size="xs" onClick={() => session.end()} visibleFrom="sm">
                {t('nav.signOut')}
                <VisuallyHidden>{` (${current.tokens.caller.email})`}</VisuallyHidden>
              </Button>
            ) : (
              <Button component={Link} to="/sign-in" size="xs" variant="light" visibleFrom="sm">
                {t('nav.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')} inert={isPhone && !navigationOpen}>
        <Stack gap={2}>
          {sectionsFor((role) => hasRole(current, role), current !== null).map(
            (section: NavigationSection) => (
              <NavLink
                key={section.to}
                component={Link}
                to={section.to}
                // The router marks a link whose path prefixes the current one with aria-current, which Mantine styles as
                // active: `/staff` would light up on every staff page. Exact sections are active on their own path only.
                activeOptions={{ exact: section.exact === true }}
                label={t(section.label)}
                active={isActiveSection(section, pathname)}
                onClick={navigation.close}
              />
            ),
          )}
          {!current && <NavLink component={Link} to="/sign-in" label={t('nav.signIn')} onClick={navigation.close} hiddenFrom="sm" />}
          {!current && <NavLink component={Link} to="/register" label={t('nav.register')} onClick={navigation.close} />}
          {current && (
            <NavLink
              component="button"
              label={t('nav.signOut')}
              onClick={() => {
                session.end();
                navigation.close();
              }}
              hiddenFrom="sm"
            />
          )}
        </Stack>
        {current && (
          <Text size="xs" c="dimmed" mt="md" px="sm">
            {t('nav.signedInAs', { email: current.tokens.caller.email })}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <ConnectionBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
