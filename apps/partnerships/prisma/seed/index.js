// The partnerships database's reference data, loaded after its migrations by
// scripts/lib/prisma-projects.js (`npm run db:migrate`, the migrate job, test templates).
'use strict';
const { gazetteerFingerprint, seedGazetteer } = require('./gazetteer');

/** Loads what is missing or out of date; cheap when everything is already there. */
async function seed(databaseUrl) {
  const gazetteer = await seedGazetteer(databaseUrl);
  return gazetteer.loaded ? [`gazetteer: ${gazetteer.cities} cities in ${(gazetteer.ms / 1000).toFixed(1)} s`] : [];
}

/** Changes whenever a seed would load something different (test templates rebuild then). */
function fingerprint() {
  return gazetteerFingerprint();
}

module.exports = { seed, fingerprint };
