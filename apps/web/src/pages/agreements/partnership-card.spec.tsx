import { screen } from '@testing-library/react';
import { partnershipFixture } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { PartnershipCard } from './partnership-card';

// A card of the parties' lists: the ending proposed comes with the list's answer
// (`pendingTermination`), so each card says whether it awaits the viewer.

const ending = (side: 'member' | 'partner') =>
  partnershipFixture({ pendingTermination: { side, reason: 'Dormant since 2019.', proposedBy: null, at: '2026-12-04T10:30:00Z' } });

describe('a partnership’s card', () => {
  it('says an ending the other side proposed awaits the viewer’s approval, with who proposed it and when', () => {
    renderWithProviders(<PartnershipCard partnership={ending('partner')} ownSide="member" heading="Nagoya – Lyon" />);
    expect(screen.getByText('Ending proposed: awaits your approval')).toBeTruthy();
    expect(screen.getByText('On Dec 4, 2026, 10:30 AM, the partner city proposed to end the partnership.')).toBeTruthy();
  });

  it('says the viewer’s own proposal awaits the other side', () => {
    renderWithProviders(<PartnershipCard partnership={ending('partner')} ownSide="partner" heading="Lyon – Nagoya" />);
    expect(screen.getByText('Ending proposed: awaits the approval of the member city')).toBeTruthy();
    expect(screen.getByText(/your city proposed to end the partnership/)).toBeTruthy();
    expect(screen.queryByText('Ending proposed: awaits your approval')).toBeNull();
  });

  it('says nothing of an ending when none waits, nor once the partnership has ended', () => {
    renderWithProviders(<PartnershipCard partnership={partnershipFixture()} ownSide="member" heading="Nagoya – Lyon" />);
    expect(screen.queryByText(/Ending proposed/)).toBeNull();
    renderWithProviders(<PartnershipCard partnership={{ ...ending('partner'), status: 'terminated' }} ownSide="member" heading="Nagoya – Lyon" />);
    expect(screen.queryByText(/Ending proposed/)).toBeNull();
  });
});
