// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead.
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.16, 0.081, -0.178, 1.074, 1.46, 0.497, -0.439, -0.118, 0.73], bias: -0.964, threshold: 0.74 },
} as const;
