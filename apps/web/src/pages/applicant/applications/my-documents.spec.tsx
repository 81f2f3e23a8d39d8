import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { saveDownload } from '../../../api/save-download';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MyDocuments } from './my-documents';

jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn() } }));
jest.mock('../../../api/save-download', () => ({ saveDownload: jest.fn() }));
const get = api.GET as unknown as jest.Mock;

const applicationId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a01';
const document = (requirementKey: string, fileName: string | null) => ({
  requirementKey,
  fileName,
  contentType: 'application/pdf',
  size: 1024,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-12-01T10:00:00Z',
});

describe('the documents of an application', () => {
  it('lists what the applicant uploaded and downloads one as uploaded, under its name', async () => {
    const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    get.mockImplementation((path: string) =>
      Promise.resolve(
        path.endsWith('{requirementKey}')
          ? { data: pdf, response: { ok: true, status: 200, statusText: 'OK' } }
          : { data: { items: [document('passport', 'my passport.pdf'), document('consent', null)] }, response: { ok: true, status: 200, statusText: 'OK' } },
      ),
    );
    renderWithProviders(<MyDocuments applicationId={applicationId} />);
    expect(await screen.findByText('Documents you uploaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download consent.pdf' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Download my passport.pdf' }));
    expect(get).toHaveBeenLastCalledWith('/v1/me/applications/{applicationId}/documents/{requirementKey}', {
      params: { path: { applicationId, requirementKey: 'passport' } },
      parseAs: 'blob',
    });
    expect(saveDownload).toHaveBeenCalledWith(pdf, 'my passport.pdf');
  });
});
