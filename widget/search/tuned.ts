// Written by `npm run tune` (server/search/tune.ts), fitted on 1224 labelled questions of
// own, own-2, bench, bench-dev, bench-ours, bench-ours-2. Quote the k-fold figures `npm run eval` prints, never
// figures on these sets with these values. Confidence features, in order: coverage, knownCoverage, unknown, strength, margin, phrasing, fewTerms, asked, phrasingLead, agree, agreeTop3, lettersAgree, lettersTop3,
// then pairs of them multiplied (see featuresOf in decision.ts).
export const TUNED = {
  ranking: { bodyWeight: 0.6 },
  confidence: { weights: [0.113, 0.119, -0.082, 0.341, 0.45, 0.171, -0.191, -0.185, 0.211, -0.043, 0.159, 0.861, 0.644, 0.103, 0.03, 0.022, 0.328, 0.055, -0.069, -0.248, 0.093, 0.069, 0.028, 0.006, 0.221, 0.346, 0.118, -0.123, -0.198, 0.137, -0.025, 0.184, 0.173, -0.004, 0.057, -0.095, 0.031, 0.05, -0.162, 0.104, 0.666, 0.213, -0.119, -0.372, 0.22, 0.259, 0.341, 0.164, 0.025, 0.177, 0.079, 0.24, 0.364, 0.007, 0.005, 0.068, 0.106, 0.172, -0.126, 0.023, -0.095, -0.08, 0.08, 0.097, 0.053, 0.101, 0.198, -0.043], bias: -1.826, threshold: 0.71 },
} as const;
