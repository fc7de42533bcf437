// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.8 },
  confidence: { weights: [0.097, 0.076, -0.139, 0.367, 0.492, 0.172, -0.161, -0.007, 0.182, -0.148, 0.127, 0.198, 0.021, 0.033, 0.699, 0.044, 0.023, -0.14, 0.125, 0.086, -0.058, -0.095, 0.092, 0.001, 0.01, -0.012, -0.021, 0.131, 0.285, 0.122, -0.103, -0.055, 0.135, -0.127, 0.012, -0.005, 0.267, 0.168, 0.029, -0.088, 0.029, 0.055, -0.227, -0.009, -0.05, 0.481, 0.221, -0.113, -0.314, 0.207, 0.412, -0.008, 0.477, 0.13, 0.009, 0.085, 0.062, 0.185, 0.329, 0.451, 0.006, 0.051, 0.048, 0.103, 0.063, 0.142, -0.07, 0.02, -0.06, -0.087, -0.135, 0.081, 0.118, -0.017, -0.039, 0.104, 0.043, 0.122, -0.148, -0.054, 0.063], bias: -1.919, threshold: 0.76 },
} as const;
