import {
  BUNDLED_TEMPLATE_IDS,
  bundledTemplate,
  type MinutesTemplate,
  type TemplateResult,
} from '@strategy-record/render';
import { useId, useState } from 'react';
import { FileLoader } from '../files/FileLoader.js';
import { type GivenFile, readTemplateFiles } from '../files/readOwnFiles.js';
import { saveFile } from '../files/saveFile.js';
import { SectionOrder } from './SectionOrder.js';
import {
  draftSections,
  newDraft,
  type TemplateDraft,
  templateFileText,
  withAccentColour,
  withLogo,
  withNotice,
  withOrganisationName,
  withSectionOrder,
} from './templateDraft.js';

const DEFAULT_ACCENT = '#1d3557';

/**
 * Where an admin makes their authority's minutes template: start from a bundled one or open their
 * own file (with its logo), edit the name, the notices, the accent colour, the logo and the order of
 * the sections, and download the template file (and the logo to keep beside it). Every change is
 * checked by `parseTemplate`; the previews use the last template that passed, and what stops the
 * current one is listed here in words.
 */
export function TemplateEditor({
  draft,
  checked,
  resolved,
  onChange,
}: {
  readonly draft: TemplateDraft | undefined;
  readonly checked: TemplateResult | undefined;
  /** The last template that passed (what the previews show). */
  readonly resolved: MinutesTemplate | undefined;
  readonly onChange: (draft: TemplateDraft | undefined) => void;
}) {
  const id = useId();
  const [startFrom, setStartFrom] = useState('northshire');
  const [message, setMessage] = useState('');
  const [alt, setAlt] = useState('');

  const openFiles = (files: readonly GivenFile[]) => {
    const result = readTemplateFiles(files);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setAlt(result.value.document.identity?.logo?.alt ?? '');
    onChange(result.value);
    setMessage(`Opened the template “${result.value.document.name}”.`);
  };

  const start = () => {
    onChange(startFrom === '' ? undefined : newDraft(startFrom));
    setAlt('');
    setMessage(
      startFrom === ''
        ? 'The minutes are the toolkit’s own again.'
        : `Started a new template from ${startFrom === 'default' ? 'the toolkit’s own minutes' : (bundledTemplate(startFrom)?.name ?? startFrom)}.`,
    );
  };

  const inherited = resolved ?? (draft === undefined ? undefined : bundledTemplate(draft.document.extends ?? ''));
  const problems = checked !== undefined && !checked.ok ? checked.error.issues : [];
  const accent = draft?.document.style?.accentColour ?? inherited?.accentColour ?? DEFAULT_ACCENT;

  return (
    <section className="template-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Minutes template</h2>
      <p className="hint">
        Your authority’s name, notices, colour, logo and order of sections. Everything stays in this browser.
      </p>
      <div className="template-start">
        <label htmlFor={`${id}-start`}>Start from</label>
        <select id={`${id}-start`} value={startFrom} onChange={(event) => setStartFrom(event.target.value)}>
          <option value="">No template: the toolkit’s own minutes</option>
          <option value="default">A new template over the toolkit’s own minutes</option>
          {BUNDLED_TEMPLATE_IDS.map((templateId) => (
            <option key={templateId} value={templateId}>
              A new template over “{bundledTemplate(templateId)?.name ?? templateId}”
            </option>
          ))}
        </select>
        <button type="button" onClick={start}>
          {startFrom === '' ? 'Use no template' : 'Start'}
        </button>
      </div>
      <FileLoader
        label="Or open your template file"
        hint="A template (.json), and its logo if it names one: choose both or drop both here."
        accept=".json,application/json,image/png,image/jpeg"
        multiple
        onFiles={openFiles}
      />
      <p className="template-message" role="status">
        {message}
      </p>
      {draft === undefined ? null : (
        <>
          {problems.length === 0 ? null : (
            <div className="template-problems" role="alert">
              <h3>This template cannot be used yet</h3>
              <p>The previews show the last version that could. What to change:</p>
              <ul>
                {problems.map((problem) => (
                  <li key={`${problem.pointer} ${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="template-field">
            <label htmlFor={`${id}-organisation`}>Organisation name</label>
            <input
              id={`${id}-organisation`}
              type="text"
              value={draft.document.identity?.organisationName ?? ''}
              placeholder={inherited?.organisationName ?? ''}
              maxLength={200}
              onChange={(event) => onChange(withOrganisationName(draft, event.target.value))}
            />
          </div>
          {(['professionals', 'family'] as const).map((audience) => (
            <div className="template-field" key={audience}>
              <label htmlFor={`${id}-notice-${audience}`}>
                Notice on the {audience === 'family' ? 'family copy' : 'copy for professionals'}
              </label>
              <textarea
                id={`${id}-notice-${audience}`}
                rows={3}
                value={draft.document.notices?.[audience] ?? ''}
                placeholder={inherited?.notices[audience] ?? ''}
                onChange={(event) => onChange(withNotice(draft, audience, event.target.value))}
              />
            </div>
          ))}
          <div className="template-field">
            <label htmlFor={`${id}-accent`}>Accent colour</label>
            <p className="hint" id={`${id}-accent-hint`}>
              Headings and rules are drawn in it; it must keep a contrast of 4.5:1 with white.
            </p>
            <div className="template-colour">
              <input
                id={`${id}-accent`}
                type="color"
                value={/^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT}
                aria-describedby={`${id}-accent-hint`}
                onChange={(event) => onChange(withAccentColour(draft, event.target.value))}
              />
              <label className="visually-hidden" htmlFor={`${id}-accent-text`}>
                Accent colour as #rrggbb
              </label>
              <input
                id={`${id}-accent-text`}
                type="text"
                className="colour-text"
                value={accent}
                spellCheck={false}
                onChange={(event) => onChange(withAccentColour(draft, event.target.value.trim()))}
              />
            </div>
          </div>
          <fieldset className="template-field">
            <legend>Logo</legend>
            <FileLoader
              label="Logo image"
              hint={
                draft.logo === undefined
                  ? inherited?.logo === undefined
                    ? 'A PNG or JPEG of at most 2 MB: choose it or drop it here.'
                    : 'The logo comes from the template this one starts from. Choose a PNG or JPEG to replace it.'
                  : `Now: ${draft.logo.fileName}. Choose another PNG or JPEG to replace it.`
              }
              accept="image/png,image/jpeg"
              onFiles={([file]) => {
                if (file !== undefined) onChange(withLogo(draft, { fileName: file.name, bytes: file.bytes }, alt));
              }}
            />
            <label htmlFor={`${id}-alt`}>What the logo shows (alternative text)</label>
            <input
              id={`${id}-alt`}
              type="text"
              value={alt}
              maxLength={200}
              onChange={(event) => {
                setAlt(event.target.value);
                if (draft.logo !== undefined) onChange(withLogo(draft, draft.logo, event.target.value));
              }}
            />
            {draft.logo === undefined ? null : (
              <button type="button" className="secondary" onClick={() => onChange(withLogo(draft, undefined, ''))}>
                Remove the logo
              </button>
            )}
          </fieldset>
          <fieldset className="template-field">
            <legend>Order of the sections</legend>
            <p className="hint">Drag a section, or use its buttons. The minutes number the sections in this order.</p>
            {inherited === undefined ? null : (
              <SectionOrder
                sections={draftSections(draft, inherited)}
                onChange={(sections) => onChange(withSectionOrder(draft, sections))}
              />
            )}
          </fieldset>
          <div className="template-downloads">
            <button
              type="button"
              disabled={problems.length > 0}
              onClick={() =>
                saveFile(new Blob([templateFileText(draft)], { type: 'application/json' }), `${draft.document.id}.json`)
              }
            >
              Download the template
            </button>
            {draft.logo === undefined ? null : (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const logo = draft.logo;
                  if (logo !== undefined) saveFile(new Blob([new Uint8Array(logo.bytes)]), logo.fileName);
                }}
              >
                Download the logo
              </button>
            )}
          </div>
          {draft.logo === undefined ? null : (
            <p className="hint">
              The template names its logo by file name (“{draft.logo.fileName}”): keep the logo file in the same folder
              as the template file, where the command line looks for it.
            </p>
          )}
        </>
      )}
    </section>
  );
}
