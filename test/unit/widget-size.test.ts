import { describe, expect, it } from 'vitest';
import { ensureBuilt, formatWidgetSize, measureWidget, WIDGET_BUDGET_BYTES } from '../bench/widget-size.js';

describe('widget size budget', () => {
  it('widget.js plus every chunk it loads before the first answer is at most 30 KB gzipped', { timeout: 120_000 }, () => {
    ensureBuilt();
    const size = measureWidget();
    console.log(formatWidgetSize(size));
    expect(size.initial.map((f) => f.file)).toContain('widget.js');
    expect(size.initialGzip).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
  });
});
