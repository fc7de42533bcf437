// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3.
export const TUNED = {
  ranking: { bodyWeight: 0.8 },
  confidence: { weights: [0.104, 0.271, 0.093, 0.971, 1.218, 0.551, -0.38, -0.017, 0.788, 0.425, 0.749], bias: -1.692, threshold: 0.72 },
} as const;
