// Written by `npm run tune` (server/search/tune.ts), fitted on 1424 labelled questions of
// own, own-2, own-3, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty, focusCoverage, focusUnknown, focusLikely,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.8 },
  confidence: { weights: [0.272, 0.492, 0.092, 0.067, 0.197, 0.296, 0.048, -0.352, 0.262, -0.022, -0.225, -0.108, -0.472, 0.162, 0.32, 0.307, -0.305, 0.258, 0.176, 0.012, 0.116, 0.149, 0.143, -0.066, -0.127, 0.053, 0.164, 0.209, -0.25, 0.103, -0.054, 0.011, 0.22, 0.372, 0.265, 0.186, -0.045, -0.168, 0.122, 0.009, 0.18, -0.3, -0.02, 0.054, -0.026, 0.022, 0.098, 0.027, -0.008, -0.105, 0.101, -0.242, -0.073, 0.036, -0.014, 0.019, 0.062, 0.456, 0.523, 0.425, -0.691, 0.397, -0.006, -0.005, 0.093, -0.009, -0.261, 0.338, 0.136, 0.066, 0.021, 0.159, -0.07, 0.375, 0.134, 0.351, -0.07, 0.543, 0.047, 0.055, 0.045, 0.231, 0.23, 0.081, 0.077, -0.012, 0.237, -0.092, -0.022, 0.277, 0.119, -0.089, -0.033, -0.08, 0.083, 0.057, 0.144, -0.026, -0.616, -0.226, -0.115, -0.074, 0.151, 0.185, 0, 0.011, 0.074, 0.234, -0.022, 0.239, 0.353, -0.274, -0.232, -0.2, 0.039, -0.439, 0.069, 0.315, 0.143, 0.094, 0.064, 0.422, 0.034], bias: -2.148, threshold: 0.76 },
} as const;
