/** Everything widget.js imports statically is in its chunk; what it loads on demand, or only others use, is not. */
import { describe, expect, it } from 'vitest';
import { widgetInOneChunk } from '../../build/widget-in-one-chunk.js';

describe('widgetInOneChunk', () => {
  it('puts the static import graph of widget/embed.ts in the widget group', () => {
    const graph: Record<string, string[]> = {
      '/r/widget/embed.ts': ['/r/widget/faq-assistant.ts'],
      '/r/widget/faq-assistant.ts': ['/r/node_modules/lit/index.js', '/r/widget/search/index.ts'],
      '/r/widget/search/index.ts': ['/r/widget/faq-assistant.ts'], // a cycle must not loop
      '/r/node_modules/lit/index.js': [],
      '/r/widget/checklist/index.ts': [], // loaded on demand: not an importedId
      '/r/widget/pages/admin/main.ts': ['/r/node_modules/lit/index.js', '/r/widget/pages/admin/api.ts'],
      '/r/widget/pages/admin/api.ts': [],
    };
    const { plugin, test } = widgetInOneChunk();
    const context = {
      getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ importedIds: graph[id] ?? [] }),
    };
    (plugin.buildEnd as (this: typeof context) => void).call(context);
    expect(Object.keys(graph).filter(test)).toEqual([
      '/r/widget/embed.ts',
      '/r/widget/faq-assistant.ts',
      '/r/widget/search/index.ts',
      '/r/node_modules/lit/index.js',
    ]);
  });
});
