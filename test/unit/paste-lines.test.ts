/** A chat message pasted into the one-line field keeps its lines as sentences (widget/components/paste-lines.ts). */
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../widget/components/paste-lines.js';
import { focusSentence } from '../../widget/search/focus-sentence.js';

describe('a pasted message of several lines', () => {
  it('ends each unpunctuated line with a full stop, and keeps the asker’s own punctuation', () => {
    expect(joinLines('Halo kak\npaspor saya hilang\ngimana caranya')).toBe('Halo kak. paspor saya hilang. gimana caranya');
    expect(joinLines('Hi!\r\nMy passport expired,\r\nwhat now?')).toBe('Hi! My passport expired, what now?');
    expect(joinLines('  \n\nsyarat paspor  \n\n')).toBe('syarat paspor');
    expect(joinLines('paspor robek 😭\nbisa diganti?')).toBe('paspor robek 😭 bisa diganti?');
  });

  it('so the search finds its question’s sentence as it would in the message as written', () => {
    const message = 'assalamualaikum\nanak sy mau umroh\nsyaratnya apa aja';
    expect(focusSentence(joinLines(message))).toBe(focusSentence(message));
  });
});
