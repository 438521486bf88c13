import {
  ARROW_HEADS,
  fontFamilyOf,
  headsOf,
  roughnessOf,
  routingOf,
  ROUGHNESS_LEVELS,
  ROUTINGS,
  STROKE_STYLES,
  strokeStyleOf,
  type Style,
} from '@sketchroom/board-model';
import { HAND_FONT_FAMILY } from '@sketchroom/board-render';
import type { ReactNode } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { StylePrefs } from '../editor/session.ts';
import { applyStyle } from '../editor/style-ops.ts';
import { usesStyleField } from '../editor/style-scope.ts';
import { HeadIcon, RoughnessIcon, RoutingIcon, StrokeStyleIcon } from './style-icons.tsx';

const ROUGHNESS_NAMES = ['Clean', 'Hand-drawn', 'Very hand-drawn'];
const HEAD_NAMES = { none: 'None', arrow: 'Arrow', triangle: 'Triangle', dot: 'Dot', bar: 'Bar' };
const ROUTING_NAMES = { straight: 'Straight', curved: 'Curved', elbow: 'Elbow' };
const STROKE_STYLE_NAMES = { solid: 'Solid', dashed: 'Dashed', dotted: 'Dotted' };

interface Props {
  editor: Editor;
  /** The shape types being styled: the selection's, or the active tool's. */
  types: readonly string[];
  /** The style shown as chosen (the first selected shape's, or the next-shape style). */
  style: StylePrefs;
}

/**
 * The schema-version-2 style choices: stroke style, sloppiness, font, and for
 * arrows their heads and routing. Each section shows only when some shape being
 * styled uses it; a pick restyles the selection (one undo step) and the next shapes.
 */
export function StyleChoices({ editor, types, style }: Props) {
  // The readers turn absent or unknown stored values into the default choice.
  const read: Style = { stroke: '', fill: '', strokeWidth: 0, opacity: 1, ...style };
  const heads = headsOf(read);
  const pick = (patch: Partial<Style>) => () => applyStyle(editor, patch);
  return (
    <>
      {usesStyleField(types, 'strokeStyle') && (
        <Choices title="Stroke style">
          {STROKE_STYLES.map((value) => (
            <Choice
              key={value}
              testId={`stroke-style-${value}`}
              label={STROKE_STYLE_NAMES[value]}
              active={strokeStyleOf(read) === value}
              onPick={pick({ strokeStyle: value })}
            >
              <StrokeStyleIcon value={value} />
            </Choice>
          ))}
        </Choices>
      )}
      {usesStyleField(types, 'roughness') && (
        <Choices title="Sloppiness">
          {ROUGHNESS_LEVELS.map((value) => (
            <Choice
              key={value}
              testId={`roughness-${value}`}
              label={ROUGHNESS_NAMES[value]}
              active={roughnessOf(read) === value}
              onPick={pick({ roughness: value })}
            >
              <RoughnessIcon value={value} />
            </Choice>
          ))}
        </Choices>
      )}
      {usesStyleField(types, 'fontFamily') && (
        <Choices title="Font">
          <Choice
            testId="font-sans"
            label="Plain"
            active={fontFamilyOf(read) === 'sans'}
            onPick={pick({ fontFamily: 'sans' })}
          >
            <span style={{ fontSize: 15 }}>Aa</span>
          </Choice>
          <Choice
            testId="font-hand"
            label="Hand-written"
            active={fontFamilyOf(read) === 'hand'}
            onPick={pick({ fontFamily: 'hand' })}
          >
            <span style={{ fontSize: 17, fontFamily: HAND_FONT_FAMILY }}>Aa</span>
          </Choice>
        </Choices>
      )}
      {usesStyleField(types, 'startHead') &&
        (['start', 'end'] as const).map((end) => (
          <Choices key={end} title={end === 'start' ? 'Start' : 'End'}>
            {ARROW_HEADS.map((kind) => (
              <Choice
                key={kind}
                testId={`${end}-head-${kind}`}
                label={`${end === 'start' ? 'Start' : 'End'}: ${HEAD_NAMES[kind]}`}
                active={heads[end] === kind}
                onPick={pick(end === 'start' ? { startHead: kind } : { endHead: kind })}
              >
                <HeadIcon kind={kind} end={end} />
              </Choice>
            ))}
          </Choices>
        ))}
      {usesStyleField(types, 'routing') && (
        <Choices title="Routing">
          {ROUTINGS.map((value) => (
            <Choice
              key={value}
              testId={`routing-${value}`}
              label={ROUTING_NAMES[value]}
              active={routingOf(read) === value}
              onPick={pick({ routing: value })}
            >
              <RoutingIcon value={value} />
            </Choice>
          ))}
        </Choices>
      )}
    </>
  );
}

function Choices({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="sr-style-section">
      <legend>{title}</legend>
      <div className="sr-style-row">{children}</div>
    </fieldset>
  );
}

function Choice(props: {
  testId: string;
  label: string;
  active: boolean;
  onPick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`sr-button sr-chip${props.active ? ' is-active' : ''}`}
      data-testid={props.testId}
      title={props.label}
      aria-label={props.label}
      aria-pressed={props.active}
      onClick={props.onPick}
    >
      {props.children}
    </button>
  );
}
