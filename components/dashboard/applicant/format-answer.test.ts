import { describe, expect, it } from 'vitest';
import { describeAnswer, displayAnswers } from './format-answer';

const files = new Map([[7, 'sample.pdf']]);

describe('describeAnswer', () => {
  it('reads each stored kind the way a person says it', () => {
    expect(describeAnswer('yes_no', true, files)).toEqual({ type: 'text', text: 'Yes', multiline: false });
    expect(describeAnswer('yes_no', false, files)).toEqual({ type: 'text', text: 'No', multiline: false });
    expect(describeAnswer('multiple_choice', ['Go', 'Rust'], files)).toEqual({ type: 'text', text: 'Go, Rust', multiline: false });
    expect(describeAnswer('number', 7.5, files)).toEqual({ type: 'text', text: '7.5', multiline: false });
    expect(describeAnswer('number', 0, files)).toEqual({ type: 'text', text: '0', multiline: false });
    expect(describeAnswer('long_text', 'a\nb', files)).toEqual({ type: 'text', text: 'a\nb', multiline: true });
    expect(describeAnswer('url', 'https://example.com', files)).toEqual({ type: 'link', href: 'https://example.com' });
    expect(describeAnswer('file', 7, files)).toEqual({ type: 'file', fileId: 7, filename: 'sample.pdf' });
  });

  it('says "no answer" for nothing, and for a file that is not there', () => {
    for (const empty of [undefined, null, '', []]) expect(describeAnswer('short_text', empty, files)).toEqual({ type: 'none' });
    expect(describeAnswer('file', 8, files)).toEqual({ type: 'none' });
    expect(describeAnswer('file', 'x', files)).toEqual({ type: 'none' });
  });
});

describe('displayAnswers', () => {
  it('keeps the asked order and labels, then shows answers no asked question explains', () => {
    const asked = [
      { key: 'b', kind: 'yes_no' as const, label: 'Second asked first?' },
      { key: 'a', kind: 'short_text' as const, label: 'Unanswered' },
    ];
    expect(displayAnswers(asked, { b: true, legacy: ['x'] }, [])).toEqual([
      { key: 'b', label: 'Second asked first?', display: { type: 'text', text: 'Yes', multiline: false } },
      { key: 'a', label: 'Unanswered', display: { type: 'none' } },
      { key: 'legacy', label: 'legacy', display: { type: 'text', text: 'x', multiline: false } },
    ]);
  });
});
