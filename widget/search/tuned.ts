// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.45, questionsWeight: 0.4 },
  confidence: { weights: [0.216, 0.239, -0.127, 0.136, 0.343, 0.185, -0.191, 0.01, 0.192, -0.103, -0.033, 0.359, -0.031, 0.217, 0.813, 0.146, 0.029, -0.052, 0.188, 0.1, -0.092, -0.05, 0.08, 0.088, 0.058, 0.125, 0.023, 0.137, 0.275, 0.135, -0.122, -0.02, 0.114, -0.023, 0.058, 0.109, 0.134, 0.064, 0.024, -0.076, 0.014, 0.046, -0.233, -0.053, -0.062, 0.514, 0.15, -0.271, -0.288, 0.243, 0.391, 0.148, 0.29, 0.154, -0.015, 0.122, 0.129, 0.08, 0.256, 0.442, -0.015, 0.046, 0.061, 0.104, 0.171, 0.174, -0.109, 0.027, -0.066, -0.129, -0.162, 0.084, 0.107, 0.071, -0.028, 0.1, 0.156, 0.175, -0.103, -0.07, -0.134], bias: -1.855, threshold: 0.75 },
} as const;
