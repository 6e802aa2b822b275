"use client";

import { useState } from "react";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { MIN_SCALE, type Offset } from "@/components/studio/positioning-math";

// One number field that shows the prop's value and reports valid edits; text being typed ("0.", "-")
// is kept until the value changes from outside (a drag, a key, the wheel).
function NumberField({
  id,
  label,
  value,
  min,
  max,
  step,
  disabled,
  onValue,
}: {
  id: string;
  label: string;
  value: number;
  min?: number;
  max?: number;
  step: number;
  disabled?: boolean;
  onValue: (v: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Adjusting state while rendering (React's pattern for props that change): a new value from outside.
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  const n = text.trim() === "" ? Number.NaN : Number(text);
  const valid = Number.isFinite(n) && (min === undefined || n >= min) && (max === undefined || n <= max);
  const error = valid ? null : min !== undefined && max !== undefined ? `${min} to ${max}` : "a number";
  return (
    <Field id={id} label={label} error={error}>
      <Input
        {...fieldAria(id, { error })}
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        max={max}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          const ok =
            e.target.value.trim() !== "" && Number.isFinite(v) && (min === undefined || v >= min) && (max === undefined || v <= max);
          if (ok) {
            setShown(v);
            onValue(v);
          }
        }}
      />
    </Field>
  );
}

/** Scale and offset x/y of the presenter, in the contract's units, kept in step with the preview. */
export function PositionFields({
  idPrefix,
  scale,
  offset,
  maxScale,
  disabled,
  onChange,
}: {
  idPrefix: string;
  scale: number;
  offset: Offset;
  maxScale: number;
  disabled?: boolean;
  onChange: (patch: { scale?: number; offset?: Offset }) => void;
}) {
  return (
    <div className="grid w-full gap-3 sm:w-40">
      <NumberField
        id={`${idPrefix}-scale`}
        label="Scale"
        value={scale}
        min={MIN_SCALE}
        max={maxScale}
        step={0.01}
        disabled={disabled}
        onValue={(v) => onChange({ scale: v })}
      />
      <NumberField
        id={`${idPrefix}-x`}
        label="Offset X"
        value={offset.x}
        step={0.01}
        disabled={disabled}
        onValue={(x) => onChange({ offset: { x, y: offset.y } })}
      />
      <NumberField
        id={`${idPrefix}-y`}
        label="Offset Y"
        value={offset.y}
        step={0.01}
        disabled={disabled}
        onValue={(y) => onChange({ offset: { x: offset.x, y } })}
      />
    </div>
  );
}
