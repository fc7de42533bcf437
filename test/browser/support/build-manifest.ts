/**
 * Writes the Custom Elements Manifest the build makes (build/custom-elements-manifest.ts) from the
 * sources under test, for test/browser/manifest.test.ts to compare with what the element does.
 * Usage: tsx test/browser/support/build-manifest.ts <out.json>
 */
import { writeFileSync } from 'node:fs';
import { buildManifest } from '../../../build/custom-elements-manifest.js';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: build-manifest.ts <out.json>');
writeFileSync(out, JSON.stringify(buildManifest(process.cwd())));
