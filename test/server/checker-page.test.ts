import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './helpers.js';

const CONTENT = fileURLToPath(new URL('../fixtures/content-checkers', import.meta.url));

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ publicUrl: 'https://tanya.example.go.id' }, { content: CONTENT });
});
afterAll(async () => {
  await t.close();
});

async function get(path: string): Promise<string> {
  const res = await t.app.request(path, { headers: { accept: 'text/html' } });
  expect(res.status, path).toBe(200);
  return res.text();
}

const unescape = (s: string | undefined) => s?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
const meta = (page: string, property: string) => unescape(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(page)?.[1]);
const canonical = (page: string) => unescape(/<link rel="canonical" href="([^"]*)"/.exec(page)?.[1]);

describe('/a/<checker> without JavaScript', () => {
  it('renders the first question as a GET form of radio inputs in a fieldset with its legend', async () => {
    const page = await get('/a/passport-checker?lang=en');
    expect(page).toContain('<form method="get" action="/a/passport-checker" class="checker-step">');
    expect(page).toContain('<input type="hidden" name="lang" value="en" />');
    expect(page).toMatch(/<fieldset>\s*<legend>Who is the passport for\?<\/legend>/);
    expect(page).toContain('Question 1 of 2');
    expect(page).toContain('<input type="radio" id="checker-who-adult" name="who" value="adult" required />');
    expect(page).toContain('<label for="checker-who-child">A child under 17</label>');
    expect(page).toContain('<button type="submit">Next</button>');
    expect(canonical(page)).toBe('https://tanya.example.go.id/a/passport-checker?lang=en');
  });

  it('carries the answers so far into the next question, with Back and Change links', async () => {
    const page = await get('/a/passport-checker?lang=en&who=adult');
    expect(page).toMatch(/<legend>Why are you applying\?<\/legend>/);
    expect(page).toContain('Question 2 of 2');
    expect(page).toContain('<input type="hidden" name="who" value="adult" />');
    expect(page).toContain('<strong>Myself</strong>');
    expect(page).toContain('<a href="/a/passport-checker?lang=en">Back</a>');
    expect(page).toContain('<meta name="robots" content="noindex" />');
  });

  it('shows the outcome at a shareable URL: checklist, links to answers, WhatsApp text, Open Graph naming it', async () => {
    const page = await get('/a/passport-checker?why=first&who=adult&lang=en&utm_source=x');
    expect(page).not.toContain('<form');
    expect(page).toContain('<h2 id="checker-outcome">First adult passport</h2>');
    expect(page).toMatch(/<ul class="checklist">\s*<li>Electronic ID card \(e-KTP\)<\/li>\s*<li>Family card<\/li>\s*<\/ul>/);
    expect(page).toContain('<a href="/a/passport-new?lang=en">What do I need for a new passport?</a>');
    const url = 'https://tanya.example.go.id/a/passport-checker?lang=en&who=adult&why=first';
    expect(canonical(page)).toBe(url);
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'og:title')).toBe('First adult passport · Which documents do I need for a passport? · Example Immigration Office');
    expect(meta(page, 'og:description')).toBe('Bring the originals.');
    const share = /<a class="whatsapp" href="([^"]*)"/.exec(page)?.[1];
    const text = new URL(unescape(share)!).searchParams.get('text');
    expect(text).toBe(`Which documents do I need for a passport?\n*First adult passport*\n\n• Electronic ID card (e-KTP)\n• Family card\n\n${url}`);
    expect(page).not.toContain('name="robots"');
  });

  it('ignores answers that are not options on the path, and anything that is not a name', async () => {
    for (const query of ['who=teen', 'who=%3Cscript%3E', 'why=first', 'who=__proto__', `who=${'a'.repeat(200)}`]) {
      const page = await get(`/a/passport-checker?lang=en&${query}`);
      expect(page, query).toMatch(/<legend>Who is the passport for\?<\/legend>/);
      expect(page).not.toContain('<script>');
    }
  });

  it('answers in the other language keep the walk: the same URL in id shows the same outcome', async () => {
    const page = await get('/a/passport-checker?lang=id&who=child');
    expect(page).toContain('<h2 id="checker-outcome">Paspor anak</h2>');
    expect(page).toContain('<li>Akta kelahiran anak</li>');
  });
});
