// Written by `npm run tune` (server/search/tune.ts), fitted on 661 labelled questions of
// own, bench, bench-dev, bench-ours. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3,
// then each pair of them multiplied, in the same order (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.45 },
  confidence: { weights: [0.064, 0.05, -0.149, 0.487, 0.503, 0.325, -0.339, -0.13, 0.326, -0.086, 0.255, 0.007, 0.016, 0.029, 0.401, 0.109, -0.155, -0.27, 0.151, 0.201, 0.003, -0.014, 0.291, 0.414, 0.22, -0.206, -0.189, 0.213, 0.18, 0.235, 0.284, -0.016, 0.122, -0.105, 0.089, 0.075, -0.229, 0.1, 0.818, 0.283, -0.162, -0.444, 0.299, 0.358, 0.239, 0.216, 0, 0.267, 0.087, 0.189, 0.458, 0.026, -0.013, 0.088, 0.18, 0.261, -0.152, 0.046, -0.128, -0.14, 0.094, 0.157, 0.052, 0.116, 0.299, -0.086], bias: -1.13, threshold: 0.65 },
} as const;
