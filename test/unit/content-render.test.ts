import { describe, expect, it } from 'vitest';
import { renderBody, toPlainText } from '../../server/content/render.js';

const exists = (ids: string[]) => (id: string) => ids.includes(id);

describe('renderBody', () => {
  it('removes scripts, event handlers and javascript: links, and reports each at its line', () => {
    const md = [
      'Plain paragraph.', // 1
      '', // 2
      "<script>alert('x')</script>", // 3
      '', // 4
      'An image <img src=x onerror=alert(1)> inline.', // 5
      '', // 6
      '[click](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a>', // 7
      '', // 8
      '<iframe src="https://evil.example"></iframe><style>p{}</style>', // 9
    ].join('\n');
    const { html, issues } = renderBody(md, { lang: 'id', entryExists: () => true });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe|<style|<img/i);
    expect(html).toContain('Plain paragraph.');
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.message.split(' ')[0]])).toEqual([
      [3, 'raw'],
      [5, 'event'],
      [7, 'unsafe'],
      [7, 'unsafe'],
      [9, 'raw'],
      [9, 'raw'],
    ]);
  });

  it('does not flag HTML shown as code', () => {
    const { html, issues } = renderBody('Never paste `<script>` into a form.\n\n```\n<img onerror=x>\n```', { lang: 'en' });
    expect(issues).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
  });

  it('opens external links in a new tab without giving them access to the page', () => {
    const { html } = renderBody('[official](https://example.go.id/a?b=1&c=2) [mail](mailto:a@example.go.id)', { lang: 'en' });
    expect(html).toContain('<a href="https://example.go.id/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">official</a>');
    expect(html).toContain('<a href="mailto:a@example.go.id">mail</a>');
  });

  it('renders a task list as a read-only checklist', () => {
    const { html } = renderBody('Bring:\n\n- [ ] KTP\n- [x] Family card\n\nAnd:\n\n- plain item', { lang: 'en' });
    expect(html).toMatch(/<ul class="checklist">\s*<li><input type="checkbox" disabled \/> KTP<\/li>/);
    expect(html).toMatch(/<input type="checkbox" disabled checked \/> Family card/);
    expect(html).toMatch(/<ul>\s*<li>plain item<\/li>/);
  });

  it('keeps other inputs out', () => {
    const { html } = renderBody('<input type="text" name="nik"> <input type="checkbox" onclick="x()">', { lang: 'en' });
    expect(html).not.toContain('type="text"');
    expect(html).not.toContain('onclick');
  });

  it('rewrites internal links to permalinks and reports dead ones at their line', () => {
    const md = 'See [a](office-hours.md), [b](office-hours) and [c](../en/office-hours.md#hours).\n\nAnd [d](gone.md).';
    const { html, issues } = renderBody(md, { lang: 'id', entryExists: exists(['office-hours']) });
    expect(html).toContain('<a href="/a/office-hours?lang=id" data-entry="office-hours">a</a>');
    expect(html).toContain('<a href="/a/office-hours?lang=id" data-entry="office-hours">b</a>');
    expect(html).toContain('<a href="/a/office-hours?lang=en#hours" data-entry="office-hours" hreflang="en">c</a>');
    expect(issues).toEqual([
      { line: 3, severity: 'error', message: 'dead internal link "gone.md": there is no entry "gone" in id' },
    ]);
  });

  it('keeps formatting, tables and demotes h1 below the answer title', () => {
    const { html } = renderBody('# Fees\n\n**Rp 350.000**, *approx.*\n\n| a | b |\n|:--|--:|\n| 1 | 2 |', { lang: 'en' });
    expect(html).toContain('<h2>Fees</h2>');
    expect(html).toContain('<strong>Rp 350.000</strong>');
    expect(html).toContain('<td align="right">2</td>');
  });
});

describe('toPlainText', () => {
  it('strips tags, decodes entities and collapses whitespace, one block per line', () => {
    expect(toPlainText('<p>Fee &amp; <strong>time</strong>:</p>\n<ul><li>1&nbsp;day</li><li>&#8220;x&#x201D;  &lt;y&gt;</li></ul>')).toBe(
      'Fee & time:\n1 day\n\u201cx\u201d <y>',
    );
  });

  it('keeps blocks on lines of their own and a table row as tab-separated cells', () => {
    expect(toPlainText('<h2>Fees</h2><p>Rp 350.000</p><table><tr><th></th><th>VoA</th></tr><tr><td>Stay</td><td> 30 days </td></tr></table>')).toBe(
      'Fees\nRp 350.000\n\tVoA\t\n\tStay\t30 days\t',
    );
  });
});
