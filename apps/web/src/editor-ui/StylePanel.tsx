import { hasLabel, hasText } from '@sketchroom/board-model';
import { displayColor } from '@sketchroom/board-render';
import { useEffect, useState, type ReactNode } from 'react';
import { FILL_CHOICES, NOTE_FILLS, STROKE_CHOICES } from '../editor/colors.ts';
import type { Editor } from '../editor/editor.ts';
import { applyStyle, currentStyle } from '../editor/style-ops.ts';
import { typeOfTool } from '../editor/style-scope.ts';
import { AlignSection } from './AlignSection.tsx';
import { StyleChoices } from './StyleChoices.tsx';
import { StyleDock } from './StyleDock.tsx';
import { useEditorState } from './use-editor-state.ts';

const WIDTHS = [
  { label: 'Thin', value: 1 },
  { label: 'Medium', value: 2 },
  { label: 'Bold', value: 4 },
  { label: 'Extra bold', value: 8 },
];
const FONT_SIZES = [
  { label: 'S', value: 16 },
  { label: 'M', value: 20 },
  { label: 'L', value: 28 },
  { label: 'XL', value: 40 },
];
const DRAWING_TOOLS = new Set([
  'rect',
  'ellipse',
  'diamond',
  'line',
  'arrow',
  'pen',
  'text',
  'note',
]);

/** Colours, width, opacity and font size, for the selection and for new shapes. */
export function StylePanel({ editor }: { editor: Editor }) {
  // Re-read when the selection, its shapes or the next-shape style change.
  useEditorState(editor, (s) => s.selectedIds);
  useEditorState(editor, (s) => s.nextStyle);
  const toolId = useEditorState(editor, (s) => s.toolId);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
  const theme = useEditorState(editor, (s) => s.theme);
  useIndexVersion(editor);
  const selected = editor.selectedShapes();
  if (readOnly || (selected.length === 0 && !DRAWING_TOOLS.has(toolId))) return null;
  const style = currentStyle(editor);
  const showFont =
    selected.length > 0
      ? selected.some((s) => hasText(s.type) || (hasLabel(s.type) && Boolean(s.text)))
      : toolId === 'text' || toolId === 'note';
  const noteOnly =
    selected.length > 0 ? selected.every((s) => s.type === 'note') : toolId === 'note';
  // A picture has no stroke or fill of its own: only its opacity and place can change.
  const picturesOnly =
    selected.length > 0 && !DRAWING_TOOLS.has(toolId) && selected.every((s) => s.type === 'image');
  const fills = noteOnly ? NOTE_FILLS.map((color) => ({ name: color, color })) : FILL_CHOICES;

  return (
    <StyleDock
      editor={editor}
      forNextShape={selected.length === 0 || DRAWING_TOOLS.has(toolId)}
      swatch={style.stroke && displayColor(style.stroke, theme)}
    >
      {!picturesOnly && (
        <>
          <Section title="Stroke">
            {STROKE_CHOICES.map((choice) => (
              <Swatch
                key={choice.name}
                testId={`stroke-${choice.name}`}
                label={choice.name}
                color={displayColor(choice.color, theme)}
                active={style.stroke === choice.color}
                onPick={() => applyStyle(editor, { stroke: choice.color })}
              />
            ))}
          </Section>
          <Section title={noteOnly ? 'Paper' : 'Fill'}>
            {fills.map((choice) => (
              <Swatch
                key={choice.name}
                testId={`fill-${choice.name}`}
                label={choice.name}
                color={choice.color}
                active={style.fill === choice.color}
                onPick={() => applyStyle(editor, { fill: choice.color })}
              />
            ))}
          </Section>
          <Section title="Stroke width">
            {WIDTHS.map((w) => (
              <button
                key={w.value}
                type="button"
                className={`sr-button sr-chip${style.strokeWidth === w.value ? ' is-active' : ''}`}
                data-testid={`stroke-width-${w.value}`}
                title={w.label}
                onClick={() => applyStyle(editor, { strokeWidth: w.value })}
              >
                <span className="sr-width-sample" style={{ height: Math.min(w.value, 6) }} />
              </button>
            ))}
          </Section>
        </>
      )}
      <StyleChoices
        editor={editor}
        types={[
          ...selected.map((s) => s.type),
          ...(DRAWING_TOOLS.has(toolId) ? [typeOfTool(toolId)] : []),
        ]}
        style={style}
      />
      {showFont && (
        <Section title="Font size">
          {FONT_SIZES.map((f) => (
            <button
              key={f.value}
              type="button"
              className={`sr-button sr-chip${style.fontSize === f.value ? ' is-active' : ''}`}
              data-testid={`font-size-${f.label}`}
              onClick={() => applyStyle(editor, { fontSize: f.value })}
            >
              {f.label}
            </button>
          ))}
        </Section>
      )}
      <Section title="Opacity">
        <input
          type="range"
          min={10}
          max={100}
          step={10}
          data-testid="opacity"
          value={Math.round((style.opacity ?? 1) * 100)}
          onChange={(event) => applyStyle(editor, { opacity: Number(event.target.value) / 100 })}
        />
      </Section>
      <AlignSection editor={editor} />
    </StyleDock>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="sr-style-section">
      <legend>{title}</legend>
      <div className="sr-style-row">{children}</div>
    </fieldset>
  );
}

function Swatch(props: {
  testId: string;
  label: string;
  color: string;
  active: boolean;
  onPick: () => void;
}) {
  const none = props.color === 'transparent';
  return (
    <button
      type="button"
      className={`sr-swatch${props.active ? ' is-active' : ''}${none ? ' is-none' : ''}`}
      data-testid={props.testId}
      title={props.label}
      aria-label={props.label}
      aria-pressed={props.active}
      style={{ ['--swatch' as string]: props.color }}
      onClick={props.onPick}
    />
  );
}

/** Re-renders when a selected shape changes, so the panel follows undo and peers' edits. */
function useIndexVersion(editor: Editor): void {
  const [, setVersion] = useState(0);
  useEffect(
    () =>
      editor.index.subscribe((change) => {
        if (change.upserted.some((id) => editor.isSelected(id))) setVersion((v) => v + 1);
      }),
    [editor],
  );
}
