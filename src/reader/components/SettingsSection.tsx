import type { ComponentChildren } from 'preact';

/**
 * One section of the reading settings or of the options page: a titled group a person can scan for.
 * `group`: its fields form one group (a <fieldset> whose legend is the heading, so a screen reader hears both);
 * `region`: lists, buttons, a preview (a <section> named by its heading).
 */
export interface SectionSpec {
  /** unique on the page; the heading's id is made from it */
  key: string;
  title: string;
  kind?: 'group' | 'region';
  /** the heading's id where something else names it (default: made from the key) */
  headingId?: string;
  body: ComponentChildren;
}

interface Props {
  section: SectionSpec;
  /** the heading's level: 2 on the options page, 3 in the panel (under its own h2) */
  level: 2 | 3;
  idPrefix: string;
}

export function SettingsSection({ section, level, idPrefix }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = section.headingId ?? `${idPrefix}-section-${section.key}`;
  const heading = (
    <Heading class="lr-section-title" id={id}>
      {section.title}
    </Heading>
  );
  if (section.kind === 'region') {
    return (
      <section class="lr-section" data-section={section.key} aria-labelledby={id}>
        {heading}
        <div class="lr-section-body">{section.body}</div>
      </section>
    );
  }
  return (
    <fieldset class="lr-section" data-section={section.key}>
      <legend class="lr-section-legend">{heading}</legend>
      <div class="lr-section-body">{section.body}</div>
    </fieldset>
  );
}

/** Sections in the order given: adding one is adding one entry to the list. */
export function SettingsSections({ sections, level, idPrefix }: { sections: readonly (SectionSpec | null)[]; level: 2 | 3; idPrefix: string }) {
  return (
    <>
      {sections.map((section) => section && <SettingsSection key={section.key} section={section} level={level} idPrefix={idPrefix} />)}
    </>
  );
}
