// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3.
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.152, 0.3, 0.115, 0.974, 1.156, 0.473, -0.369, -0.17, 0.674, 0.517, 0.776], bias: -1.549, threshold: 0.74 },
} as const;
