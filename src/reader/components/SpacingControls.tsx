import type { Translate } from '../../i18n';
import type { NumberRange, Settings, SettingsPatch, TextAlign } from '../../settings/schema';
import { LETTER_SPACING, PARAGRAPH_SPACING, TEXT_ALIGNS, WORD_SPACING } from '../../settings/schema';
import { Segments, Slider } from './SettingsFields';

interface Props {
  settings: Settings;
  onChange(patch: SettingsPatch, continuous?: boolean): void;
  t: Translate;
  id(name: string): string;
}

type SpacingName = 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing';

const SLIDERS: readonly { name: SpacingName; range: NumberRange; decimals: number; idName: string }[] = [
  { name: 'letterSpacing', range: LETTER_SPACING, decimals: 2, idName: 'letter-spacing' },
  { name: 'wordSpacing', range: WORD_SPACING, decimals: 2, idName: 'word-spacing' },
  { name: 'paragraphSpacing', range: PARAGRAPH_SPACING, decimals: 1, idName: 'paragraph-spacing' },
];

/** Letter, word and paragraph spacing and the text's alignment (issue #24): the body of the Spacing section. */
export function SpacingControls({ settings, onChange, t, id }: Props) {
  const alignName: Record<TextAlign, string> = { start: t('alignStart'), justify: t('alignJustify') };
  return (
    <>
      {SLIDERS.map(({ name, range, decimals, idName }) => {
        const value = settings[name];
        // "em" means little to most people: a screen reader also hears it as a share of the font size,
        // and no extra spacing is called what it is, the font's normal spacing.
        const normal = value === 0;
        return (
          <Slider
            key={name}
            label={t(name)}
            id={id(idName)}
            range={range}
            value={value}
            shown={normal ? t('spacingNormal') : `${value.toFixed(decimals)} em`}
            valueText={normal ? t('spacingNormal') : t('spacingValue', { value, percent: Math.round(value * 100) })}
            onInput={(next) => onChange({ [name]: next }, true)}
          />
        );
      })}
      <Segments
        legend={t('textAlign')}
        name={id('align')}
        options={TEXT_ALIGNS}
        value={settings.textAlign}
        onChange={(textAlign) => onChange({ textAlign })}
        label={(align) => alignName[align]}
      />
    </>
  );
}
