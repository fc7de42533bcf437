// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3.
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.161, 0.213, -0.072, 0.989, 1.181, 0.465, -0.386, -0.175, 0.669, 0.484, 0.742], bias: -1.452, threshold: 0.73 },
} as const;
