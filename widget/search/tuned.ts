// Written by `npm run tune` (server/search/tune.ts), fitted on 1424 labelled questions of
// own, own-2, own-3, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3, focusAgree, chatty, focusCoverage, focusUnknown, focusLikely,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.8, questionsWeight: 0.8 },
  confidence: { weights: [0.12, 0.222, 0.042, 0.094, 0.188, 0.145, 0.031, -0.185, 0.161, -0.011, -0.099, -0.077, -0.287, 0.073, 0.233, 0.183, -0.168, 0.176, 0.098, 0.024, 0.081, 0.135, 0.085, -0.006, -0.108, 0.079, 0.088, 0.091, -0.071, 0.058, -0.029, 0.044, 0.102, 0.254, 0.205, 0.108, 0.009, -0.11, 0.103, 0.016, 0.075, -0.06, 0.069, -0.014, 0.066, 0.089, 0.055, 0.016, 0.003, -0.024, 0.034, -0.116, -0.061, 0.028, 0.049, -0.041, 0.052, 0.445, 0.319, 0.151, -0.41, 0.354, 0.067, 0.032, 0.042, 0.11, -0.172, 0.327, 0.112, 0.055, 0.016, 0.101, 0.007, 0.159, 0.166, 0.228, -0.058, 0.279, 0.029, 0.036, 0.055, 0.106, 0.111, 0.06, 0.071, -0.012, 0.123, -0.043, 0.014, 0.079, 0.032, -0.018, 0.01, -0.03, 0.042, 0.075, 0.037, -0.051, -0.266, -0.133, -0.053, -0.022, 0.089, 0.124, 0.065, 0.068, 0.021, 0.116, -0.011, 0.084, 0.177, -0.158, -0.023, -0.083, 0.096, -0.235, 0.067, 0.148, 0.013, 0.128, 0.014, 0.209, 0.011], bias: -2.04, threshold: 0.78 },
} as const;
