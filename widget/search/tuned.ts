// Written by `npm run tune` (server/search/tune.ts), fitted on 1424 labelled questions of
// own, own-2, own-3, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty, focusCoverage, focusUnknown, focusLikely,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.8 },
  confidence: { weights: [0.27, 0.475, 0.066, 0.06, 0.193, 0.3, 0.046, -0.347, 0.262, -0.014, -0.224, -0.115, -0.489, 0.174, 0.316, 0.305, -0.324, 0.26, 0.174, 0.013, 0.106, 0.15, 0.14, -0.067, -0.132, 0.05, 0.154, 0.204, -0.247, 0.101, -0.056, 0.014, 0.205, 0.389, 0.262, 0.188, -0.047, -0.166, 0.122, -0.022, 0.164, -0.314, -0.013, 0.03, -0.026, 0.05, 0.092, 0.033, -0.012, -0.1, 0.105, -0.246, -0.074, 0.021, -0.006, -0.018, 0.056, 0.458, 0.525, 0.43, -0.696, 0.391, -0.009, -0.001, 0.087, -0.006, -0.235, 0.331, 0.14, 0.066, 0.027, 0.16, -0.07, 0.374, 0.133, 0.351, -0.068, 0.543, 0.048, 0.053, 0.044, 0.232, 0.234, 0.085, 0.078, -0.009, 0.239, -0.091, -0.022, 0.279, 0.122, -0.09, -0.032, -0.084, 0.083, 0.054, 0.14, -0.024, -0.598, -0.227, -0.114, -0.067, 0.146, 0.186, 0.001, 0.012, 0.076, 0.232, -0.014, 0.257, 0.336, -0.26, -0.206, -0.205, 0.041, -0.436, 0.077, 0.311, 0.151, 0.097, 0.068, 0.418, 0.051], bias: -2.106, threshold: 0.76 },
} as const;
