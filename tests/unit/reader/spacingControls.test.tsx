// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { SettingsControls } from '../../../src/reader/components/SettingsControls';
import { createTranslator } from '../../../src/i18n';
import { de } from '../../../src/i18n/messages/de';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

function mount(patch: Partial<Settings> = {}, lang: 'en' | 'de' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  const onChange = vi.fn<(patch: SettingsPatch, continuous?: boolean) => void>();
  act(() => render(<SettingsControls settings={{ ...defaultSettings(), ...patch }} onChange={onChange} t={createTranslator(lang)} idPrefix="lr" />, root));
  return { view: within(root), onChange };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the spacing controls', () => {
  it('are a group named Spacing holding three labelled sliders and an alignment radio group', () => {
    const { view } = mount();
    const group = within(view.getByRole('group', { name: 'Spacing' }));
    for (const [name, min, max, step] of [
      ['Letter spacing', '0', '0.2', '0.01'],
      ['Word spacing', '0', '0.5', '0.02'],
      ['Paragraph spacing', '0.5', '3', '0.1'],
    ] as const) {
      const slider = group.getByRole('slider', { name });
      expect(slider.getAttribute('min'), name).toBe(min);
      expect(slider.getAttribute('max'), name).toBe(max);
      expect(slider.getAttribute('step'), name).toBe(step);
    }
    const alignment = within(group.getByRole('group', { name: 'Alignment' }));
    expect(alignment.getByRole('radio', { name: 'Ragged edge' })).toHaveProperty('checked', true);
    expect(alignment.getByRole('radio', { name: 'Justified' })).toHaveProperty('checked', false);
  });

  it('show each value, and say it as a share of the font size (no extra spacing as "Normal")', () => {
    const { view } = mount({ letterSpacing: 0.12, wordSpacing: 0, paragraphSpacing: 2, textAlign: 'justify' });
    const letter = view.getByRole('slider', { name: 'Letter spacing' }) as HTMLInputElement;
    expect(letter.value).toBe('0.12');
    expect(letter.getAttribute('aria-valuetext')).toBe('0.12 em, 12% of the font size');
    expect(view.getByText('0.12 em')).toBeTruthy();
    const word = view.getByRole('slider', { name: 'Word spacing' });
    expect(word.getAttribute('aria-valuetext')).toBe('Normal');
    const paragraph = view.getByRole('slider', { name: 'Paragraph spacing' }) as HTMLInputElement;
    expect(paragraph.value).toBe('2');
    expect(paragraph.getAttribute('aria-valuetext')).toBe('2 em, 200% of the font size');
    expect(view.getByText('2.0 em')).toBeTruthy();
    expect(view.getByRole('radio', { name: 'Justified' })).toHaveProperty('checked', true);
  });

  it('change each setting: a slider as it moves (continuous), alignment at once', () => {
    const { view, onChange } = mount();
    for (const [name, value, key] of [
      ['Letter spacing', '0.05', 'letterSpacing'],
      ['Word spacing', '0.16', 'wordSpacing'],
      ['Paragraph spacing', '2.5', 'paragraphSpacing'],
    ] as const) {
      fireEvent.input(view.getByRole('slider', { name }), { target: { value } });
      expect(onChange).toHaveBeenLastCalledWith({ [key]: Number(value) }, true);
    }
    fireEvent.click(view.getByRole('radio', { name: 'Justified' }));
    expect(onChange).toHaveBeenLastCalledWith({ textAlign: 'justify' });
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('speak the interface language', () => {
    const { view } = mount({ wordSpacing: 0.2 }, 'de');
    const group = within(view.getByRole('group', { name: de.spacing }));
    expect(group.getByRole('slider', { name: de.wordSpacing }).getAttribute('aria-valuetext')).toBe('0,2 em, 20 % der Schriftgröße');
    expect(group.getByRole('radio', { name: de.alignJustify })).toBeTruthy();
  });
});
