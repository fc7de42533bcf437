// Written by `npm run tune` (server/search/tune.ts), fitted on 1424 labelled questions of
// own, own-2, own-3, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.8 },
  confidence: { weights: [0.129, 0.187, 0.002, 0.069, 0.224, 0.144, 0.009, -0.192, 0.139, -0.035, -0.118, -0.008, -0.258, 0.19, 0.375, 0.121, 0.008, 0.155, 0.21, 0.103, -0.011, -0.081, 0.075, 0.11, 0.123, -0.009, 0.057, 0.272, 0.254, 0.114, -0.011, -0.097, 0.095, 0.001, 0.052, -0.049, 0.029, 0.025, 0.003, -0.014, -0.039, 0.027, -0.153, -0.129, -0.003, 0.594, 0.357, 0.132, -0.348, 0.324, 0.089, 0.046, 0.397, 0.146, 0.068, 0.082, 0.099, 0.016, 0.178, 0.35, 0.023, 0.052, 0.054, 0.118, 0.118, 0.085, -0.052, 0.009, 0.066, 0.011, -0.037, 0.072, 0.052, -0.037, -0.21, 0.093, 0.119, 0.052, -0.035, 0.098, 0.003], bias: -2.28, threshold: 0.82 },
} as const;
