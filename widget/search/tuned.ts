// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.6, questionsWeight: 0.4 },
  confidence: { weights: [0.068, 0.064, -0.128, 0.455, 0.396, 0.168, -0.13, -0.182, 0.143, -0.197, -0.114, 0.257, 0.066, 0.144, 0.632, 0.003, -0.012, -0.075, 0.199, 0.069, -0.082, -0.209, 0.07, -0.001, -0.009, 0.021, -0.004, 0.11, 0.292, 0.095, -0.107, -0.205, 0.099, -0.117, -0.031, -0.024, 0.149, 0.072, 0.014, -0.063, -0.02, 0.035, -0.226, -0.093, -0.117, 0.699, 0.209, -0.099, -0.422, 0.16, 0.325, 0.222, 0.453, 0.163, 0.017, 0.123, 0.081, 0.157, 0.403, 0.3, 0.006, 0.012, 0.049, 0.082, 0.091, 0.112, -0.106, 0.014, -0.032, -0.09, -0.108, 0.068, 0.026, -0.083, -0.198, 0.128, 0.123, 0.043, -0.197, -0.005, -0.032], bias: -1.535, threshold: 0.76 },
} as const;
