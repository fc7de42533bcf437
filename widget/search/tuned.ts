// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.4 },
  confidence: { weights: [0.1, 0.045, -0.132, 0.343, 0.449, 0.211, -0.167, -0.017, 0.207, -0.098, 0.053, 0.355, -0.04, 0.14, 0.777, 0.022, 0.006, -0.095, 0.174, 0.104, -0.08, -0.099, 0.099, 0.055, 0.007, -0.01, -0.055, 0.087, 0.3, 0.132, -0.127, -0.079, 0.144, -0.056, 0.009, 0.036, 0.182, 0.137, 0.026, -0.084, 0.015, 0.054, -0.223, -0.003, 0.051, 0.514, 0.278, -0.119, -0.236, 0.206, 0.352, -0.025, 0.429, 0.154, 0.006, 0.123, 0.091, 0.138, 0.289, 0.438, 0.008, 0.067, 0.057, 0.087, 0.1, 0.185, -0.093, 0.019, -0.055, -0.11, -0.126, 0.087, 0.047, -0.032, -0.077, 0.088, 0.084, 0.158, -0.098, -0.084, 0.02], bias: -1.93, threshold: 0.77 },
} as const;
