// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.4 },
  confidence: { weights: [0.127, 0.073, -0.146, 0.359, 0.506, 0.177, -0.151, -0.055, 0.204, -0.143, 0.013, 0.069, 0.191, 0.145, 0.907, 0.067, -0.022, -0.053, 0.184, 0.06, -0.075, -0.128, 0.094, 0.051, 0.086, 0.026, -0.054, 0.123, 0.328, 0.093, -0.107, -0.109, 0.146, -0.096, 0.117, 0.016, 0.157, 0.168, 0.03, -0.064, 0.002, 0.065, -0.232, -0.006, 0.004, 0.518, 0.162, -0.16, -0.403, 0.267, 0.27, 0.201, 0.385, 0.135, 0.025, 0.062, 0.111, 0.194, 0.35, 0.532, -0.011, 0.01, 0.073, 0.066, 0.092, 0.128, -0.104, 0.023, -0.07, -0.1, -0.126, 0.08, 0.032, -0.014, -0.113, 0.079, 0.167, 0.142, -0.143, -0.035, 0.113], bias: -2.089, threshold: 0.73 },
} as const;
