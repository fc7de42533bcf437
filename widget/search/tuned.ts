// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.6, questionsWeight: 0.4 },
  confidence: { weights: [0.07, 0.079, -0.095, 0.426, 0.415, 0.157, -0.13, -0.196, 0.137, -0.215, -0.094, 0.231, 0.029, 0.119, 0.658, 0.023, 0.006, -0.061, 0.206, 0.072, -0.08, -0.2, 0.07, 0, -0.009, 0.028, 0.009, 0.134, 0.315, 0.101, -0.102, -0.19, 0.103, -0.13, -0.045, -0.01, 0.18, 0.1, 0.021, -0.057, -0.009, 0.04, -0.226, -0.084, -0.094, 0.682, 0.21, -0.1, -0.399, 0.155, 0.334, 0.234, 0.461, 0.162, 0.023, 0.123, 0.084, 0.149, 0.393, 0.32, 0.006, 0.016, 0.048, 0.076, 0.086, 0.1, -0.105, 0.013, -0.026, -0.085, -0.111, 0.068, 0.009, -0.104, -0.211, 0.117, 0.113, 0.041, -0.215, 0.015, -0.042], bias: -1.583, threshold: 0.76 },
} as const;
