// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.4 },
  confidence: { weights: [0.116, 0.026, -0.145, 0.454, 0.643, 0.19, -0.208, -0.063, 0.218, -0.149, 0.057, 0.115, 0.253, 0.052, -0.034, -0.015, 0.215, 0.066, -0.092, -0.129, 0.1, 0.035, 0.079, -0.09, 0.156, 0.375, 0.095, -0.147, -0.121, 0.154, -0.121, 0.103, 0.183, 0.216, 0.03, -0.088, -0.004, 0.068, -0.227, 0.018, 0.68, 0.191, -0.186, -0.401, 0.287, 0.272, 0.239, 0.155, 0.023, 0.084, 0.115, 0.248, 0.437, -0.015, 0.01, 0.073, 0.061, 0.098, -0.117, 0.025, -0.091, -0.126, 0.082, 0.018, -0.019, 0.082, 0.173, -0.149], bias: -1.445, threshold: 0.75 },
} as const;
