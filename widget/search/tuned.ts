// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3.
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.24, 0.189, -0.131, 0.954, 1.177, 0.534, -0.35, -0.107, 0.725, 0.344, 0.791], bias: -1.569, threshold: 0.73 },
} as const;
