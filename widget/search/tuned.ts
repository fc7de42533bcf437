// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead.
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.164, 0.087, -0.168, 1.075, 1.46, 0.496, -0.441, -0.119, 0.729], bias: -0.972, threshold: 0.74 },
} as const;
