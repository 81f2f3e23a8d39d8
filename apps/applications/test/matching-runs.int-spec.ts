import { v7 as uuidv7 } from 'uuid';
import {
  minorProfile,
  programFields,
  publishProgram,
  rewriteScore,
  startApplicationsPlatform,
  waitForKnownProgram,
  writeScoredReading,
  type ApplicationsPlatform,
} from './applications-platform';

// Matching runs through the gateway (issue #13): a season's submitted applications, the
// programs' rankings from their review readings, places per side; preview (reproducible
// for a seed, nothing else changes), commit (once; refused when the season changed since
// the preview), and every applicant's outcome explained.
// The readings are written to the review tables directly here: this file is about the
// matching; the review feature's own tests score through its routes.

const SEASON = 2027;
const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };

describe('matching runs through the gateway', () => {
  let platform: ApplicationsPlatform;
  let programA = '';
  let programB = '';
  const applications = { x: '', y: '', z: '' };
  const tokens = { x: '', y: '', z: '' };

  const call = (method: string, path: string, body?: unknown, token = platform.staff) => platform.gateway.request(method, path, { token, body });
  const preview = (seed: string, season = SEASON) => call('POST', '/v1/manage/matching-runs', { season, mode: 'preview', seed });
  async function outcomes(runId: string) {
    const page = await call('GET', `/v1/manage/matching-runs/${runId}/outcomes?limit=100`);
    expect(page.status).toBe(200);
    return page.body.items as Array<{ applicationId: string; placement: { exchangeProgramId: string; choiceRank: number } | null; explanations: unknown[] }>;
  }
  /** One complete candidacy, read once with `score` on a one-criterion rubric of weight 2. */
  const scored = (applicationId: string, exchangeProgramId: string, score: number) => writeScoredReading(platform, { applicationId, exchangeProgramId, score, weight: 2 });
  async function submit(token: string, choices: string[]) {
    await call('PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }), token);
    const created = await call('POST', '/v1/me/applications', { season: SEASON, choices: choices.map((exchangeProgramId) => ({ exchangeProgramId })) }, token);
    expect(created.status).toBe(201);
    expect((await call('POST', `/v1/me/applications/${created.body.id}/submission`, undefined, token)).status).toBe(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    const eligibility = { minAge: 15, maxAge: 18, residence: 'member-city' as const, languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 2 };
    programA = await publishProgram(platform, programFields({ title: 'A', capacity: { member: 1, partner: 1 }, eligibility }));
    programB = await publishProgram(platform, programFields({ title: 'B', capacity: { member: 2, partner: 1 }, eligibility }));
    for (const id of [programA, programB]) await waitForKnownProgram(platform, id, (row) => row.windowOpen);
    for (const who of ['x', 'y', 'z'] as const) tokens[who] = await platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    applications.x = await submit(tokens.x, [programA, programB]);
    applications.y = await submit(tokens.y, [programA, programB]);
    applications.z = await submit(tokens.z, [programA]);
    // A ranks x and y equal (a tie the lottery breaks), z below; B ranks x above y.
    await scored(applications.x, programA, 5);
    await scored(applications.y, programA, 5);
    await scored(applications.z, programA, 3);
    await scored(applications.x, programB, 4);
    await scored(applications.y, programB, 3);
  }, 180_000);
  afterAll(() => platform?.gateway.stop());

  it('previews a season: placements, explanations, waitlists and figures, the same for the same seed', async () => {
    const run = await preview('seed-1');
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ season: SEASON, seed: 'seed-1', status: 'preview', committedAt: null });
    expect(run.body.statistics).toMatchObject({ applicants: 3, placed: 2, unplaced: 1, placedOnFirstChoice: 1, placedInTopThree: 2 });
    const fillA = run.body.statistics.programs.find((program: { exchangeProgramId: string }) => program.exchangeProgramId === programA);
    expect(fillA).toMatchObject({ member: { places: 1, filled: 1 }, partner: { places: 1, filled: 0 }, fillRate: 0.5 });

    const byApplication = new Map((await outcomes(run.body.id)).map((outcome) => [outcome.applicationId, outcome]));
    const winner = [applications.x, applications.y].find((id) => byApplication.get(id)!.placement?.exchangeProgramId === programA)!;
    const loser = winner === applications.x ? applications.y : applications.x;
    // The tie at A went to the lottery; the other got B, and waits first in line at A.
    expect(byApplication.get(loser)).toMatchObject({
      placement: { exchangeProgramId: programB, choiceRank: 2 },
      explanations: [{ exchangeProgramId: programA, choiceRank: 1, explanation: { kind: 'full', yourRank: 1, lowestAdmittedRank: 1, decidedBy: 'lottery', waitlistPosition: 1 } }],
    });
    expect(byApplication.get(winner)).toMatchObject({ placement: { exchangeProgramId: programA, choiceRank: 1 }, explanations: [] });
    expect(byApplication.get(applications.z)).toMatchObject({
      placement: null,
      explanations: [{ exchangeProgramId: programA, choiceRank: 1, explanation: { kind: 'full', yourRank: 3, lowestAdmittedRank: 1, decidedBy: 'score', waitlistPosition: 2 } }],
    });
    const waitlistA = await platform.db.matchingWaitlistEntry.findMany({ where: { runId: run.body.id, exchangeProgramId: programA }, orderBy: { position: 'asc' } });
    expect(waitlistA.map((entry) => entry.applicationId)).toEqual([loser, applications.z]);

    const again = await preview('seed-1');
    expect(await outcomes(again.body.id)).toEqual(await outcomes(run.body.id));
    // A preview changes nothing but its own run: no event, the applications as they were.
    expect(await platform.db.outboxEvent.count({ where: { type: 'matching.run-completed.v1' } })).toBe(0);
    expect((await call('GET', `/v1/me/applications/${applications.z}`, undefined, tokens.z)).body.status).toBe('submitted');
  });

  it('leaves the season as it was when a commit fails midway', async () => {
    // A fault in the commit's last writes (the live waitlists): everything before it is rolled back.
    await platform.db.$executeRawUnsafe(`CREATE FUNCTION fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await platform.db.$executeRawUnsafe(`CREATE TRIGGER fail_commit BEFORE INSERT ON waitlist_entries FOR EACH ROW EXECUTE FUNCTION fail_commit()`);
    try {
      const failed = await call('POST', '/v1/manage/matching-runs', { season: SEASON, mode: 'commit', seed: 'crash' });
      expect(failed.status).toBe(500);
      expect(await platform.db.matchingRun.count({ where: { season: SEASON, status: 'committed' } })).toBe(0);
      expect(await platform.db.matchingRun.count({ where: { seed: 'crash' } })).toBe(0);
      expect(await platform.db.application.count({ where: { OR: [{ placedProgramId: { not: null } }, { decidedByRunId: { not: null } }] } })).toBe(0);
      expect(await platform.db.outboxEvent.count({ where: { type: 'matching.run-completed.v1' } })).toBe(0);
    } finally {
      await platform.db.$executeRawUnsafe(`DROP TRIGGER fail_commit ON waitlist_entries`);
      await platform.db.$executeRawUnsafe(`DROP FUNCTION fail_commit()`);
    }
  });

  it('refuses to commit a preview of a season that changed since, then commits a fresh one once', async () => {
    // A reading of a program outside the season, or a score that leaves the tiers as they are, changes nothing…
    await scored(applications.y, uuidv7(), 1);
    await rewriteScore(platform, applications.z, programA, 8);
    expect((await call('GET', `/v1/manage/matching-runs/${(await preview('seed-2')).body.id}`)).status).toBe(200);
    const unchanged = await preview('seed-2');
    // …but z now ties x and y at A: the preview no longer says what a commit would do.
    await rewriteScore(platform, applications.z, programA, 10);
    const refused = await call('POST', `/v1/manage/matching-runs/${unchanged.body.id}/commit`);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'MATCHING.STALE_PREVIEW' });

    const fresh = await preview('seed-2');
    const committed = await call('POST', `/v1/manage/matching-runs/${fresh.body.id}/commit`);
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({ id: fresh.body.id, status: 'committed', committedAt: expect.any(String) });
    const events = await platform.db.outboxEvent.findMany({ where: { type: 'matching.run-completed.v1' } });
    expect(events.map((row) => (row.payload as { data: unknown }).data)).toEqual([
      { runId: fresh.body.id, season: SEASON, seed: 'seed-2', applicants: 3, placed: 3, programIds: [programA, programB].sort() },
    ]);

    for (const attempt of [
      () => call('POST', `/v1/manage/matching-runs/${fresh.body.id}/commit`),
      () => call('POST', '/v1/manage/matching-runs', { season: SEASON, mode: 'commit' }),
    ]) {
      const twice = await attempt();
      expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'MATCHING.ALREADY_COMMITTED' });
    }
    expect(await platform.db.outboxEvent.count({ where: { type: 'matching.run-completed.v1' } })).toBe(1);
  });

  it('answers an empty run for a season without applicants, and 404 for an unknown run', async () => {
    const empty = await preview('seed-3', 2031);
    expect(empty.status).toBe(201);
    expect(empty.body.statistics).toMatchObject({ applicants: 0, placed: 0, unplaced: 0, programs: [] });
    const unknown = await call('GET', `/v1/manage/matching-runs/${uuidv7()}`);
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'MATCHING.RUN_NOT_FOUND' });
  });

  it('lists the runs newest first, one season only if asked, by cursor', async () => {
    const all = await call('GET', '/v1/manage/matching-runs?limit=100');
    expect(all.status).toBe(200);
    const stored = await platform.db.matchingRun.findMany({ orderBy: { id: 'desc' } });
    expect(all.body.items.map((run: { id: string }) => run.id)).toEqual(stored.map((run) => run.id));
    expect(all.body.nextCursor).toBeNull();

    // One season's, its newest run first: its figures without each program's fill.
    const newest = stored.find((run) => run.season === SEASON)!;
    const season = await call('GET', `/v1/manage/matching-runs?season=${SEASON}&limit=1`);
    expect(season.body.items).toEqual([
      {
        id: newest.id,
        season: SEASON,
        seed: newest.seed,
        status: newest.status,
        applicants: 3,
        placed: expect.any(Number),
        placedOnFirstChoice: expect.any(Number),
        placedInTopThree: expect.any(Number),
        unplaced: expect.any(Number),
        createdAt: newest.createdAt.toISOString(),
        committedAt: newest.committedAt?.toISOString() ?? null,
      },
    ]);
    const committed = stored.find((run) => run.status === 'committed')!;
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('GET', `/v1/manage/matching-runs?season=${SEASON}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      for (const run of page.body.items as Array<{ id: string; season: number }>) {
        expect(run.season).toBe(SEASON);
        pages.push(run.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(stored.filter((run) => run.season === SEASON).map((run) => run.id));
    const committedView = (await call('GET', `/v1/manage/matching-runs?season=${SEASON}&limit=100`)).body.items.find((run: { id: string }) => run.id === committed.id);
    expect(committedView).toMatchObject({ status: 'committed', applicants: 3, placed: 3, unplaced: 0, committedAt: expect.any(String) });

    const other = await call('GET', '/v1/manage/matching-runs?season=2031');
    expect(other.body.items).toEqual([expect.objectContaining({ season: 2031, applicants: 0, placed: 0, status: 'preview', committedAt: null })]);
    const bad = await call('GET', '/v1/manage/matching-runs?season=1999');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'query.season' })]);
  });
});
