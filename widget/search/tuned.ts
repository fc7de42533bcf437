// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.4 },
  confidence: { weights: [0.109, 0.021, -0.144, 0.461, 0.641, 0.189, -0.207, -0.061, 0.213, -0.149, 0.055, 0.124, 0.246, 0.041, -0.033, -0.021, 0.218, 0.064, -0.095, -0.131, 0.098, 0.037, 0.084, -0.088, 0.15, 0.378, 0.094, -0.149, -0.123, 0.152, -0.119, 0.108, 0.183, 0.215, 0.031, -0.088, -0.004, 0.068, -0.228, 0.017, 0.683, 0.192, -0.183, -0.394, 0.282, 0.272, 0.239, 0.156, 0.023, 0.085, 0.114, 0.246, 0.436, -0.016, 0.011, 0.073, 0.061, 0.098, -0.116, 0.024, -0.091, -0.126, 0.081, 0.019, -0.018, 0.082, 0.174, -0.149], bias: -1.442, threshold: 0.75 },
} as const;
