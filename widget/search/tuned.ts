// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.068, 0.085, -0.007, 0.206, 0.244, 0.11, -0.105, -0.088, 0.145, 0.034, 0.167, 0.659, 0.365, 0.077, 0.024, 0.09, 0.201, 0.054, -0.036, -0.11, 0.079, 0.131, 0.092, 0.017, 0.191, 0.21, 0.09, -0.056, -0.082, 0.099, 0.121, 0.175, 0.104, -0.003, 0.038, -0.034, 0.027, 0.023, -0.072, 0.045, 0.411, 0.158, -0.061, -0.163, 0.186, 0.278, 0.276, 0.104, 0.021, 0.118, 0.054, 0.129, 0.235, 0.005, 0.007, 0.054, 0.089, 0.131, -0.071, 0.02, -0.032, -0.029, 0.062, 0.097, 0.059, 0.061, 0.138, 0.034], bias: -1.311, threshold: 0.68 },
} as const;
