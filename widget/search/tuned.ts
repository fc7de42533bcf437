// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.6, questionsWeight: 0.8 },
  confidence: { weights: [0.121, 0.093, -0.128, 0.209, 0.406, 0.173, -0.174, -0.046, 0.182, -0.074, 0, 0.327, -0.096, 0.214, 0.786, 0.042, 0.009, -0.109, 0.191, 0.086, -0.087, -0.092, 0.081, 0.059, 0.034, 0.075, -0.028, 0.066, 0.306, 0.104, -0.124, -0.085, 0.116, -0.063, -0.022, 0.076, 0.157, 0.106, 0.011, -0.079, -0.003, 0.046, -0.216, -0.089, -0.016, 0.629, 0.21, -0.211, -0.265, 0.227, 0.312, 0.161, 0.385, 0.155, 0.011, 0.127, 0.082, 0.101, 0.308, 0.407, -0.012, 0.046, 0.055, 0.093, 0.171, 0.186, -0.113, 0.022, -0.052, -0.122, -0.125, 0.08, 0.089, 0.052, -0.031, 0.081, 0.141, 0.15, -0.074, 0.061, -0.11], bias: -1.898, threshold: 0.76 },
} as const;
