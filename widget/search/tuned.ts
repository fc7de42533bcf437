// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.45, questionsWeight: 0.8 },
  confidence: { weights: [0.195, 0.21, -0.211, 0.365, 0.519, 0.235, -0.253, -0.032, 0.221, -0.073, 0.13, 0.801, 0.871, 0.142, 0.042, -0.052, 0.36, 0.085, -0.114, -0.163, 0.096, 0.085, 0.042, 0.014, 0.181, 0.399, 0.163, -0.164, -0.089, 0.146, -0.027, 0.186, 0.19, 0.011, 0.062, -0.108, 0.044, 0.058, -0.223, 0.04, 0.595, 0.173, -0.2, -0.288, 0.165, 0.265, 0.241, 0.178, 0.029, 0.192, 0.095, 0.223, 0.391, -0.001, 0.036, 0.063, 0.135, 0.193, -0.125, 0.027, -0.095, -0.131, 0.069, 0.12, 0.093, 0.126, 0.201, -0.073], bias: -1.967, threshold: 0.75 },
} as const;
