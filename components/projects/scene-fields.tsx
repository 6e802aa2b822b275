"use client";

import type { ReactNode } from "react";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

// Small controlled inputs for one JSON field of a scene; `path` names the field in the draft's errors.
export type Obj = Record<string, unknown>;
export type Bind = { id: string; value: Obj; set: (next: Obj) => void; error: (key: string) => string | null };

export const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : fallback);
export const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

export function TextField({
  bind,
  k,
  label,
  hint,
  placeholder,
}: {
  bind: Bind;
  k: string;
  label: ReactNode;
  hint?: ReactNode;
  placeholder?: string;
}) {
  const id = `${bind.id}-${k}`;
  const error = bind.error(k);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        {...fieldAria(id, { hint, error })}
        value={str(bind.value[k])}
        placeholder={placeholder}
        onChange={(e) => bind.set(without(bind.value, k, e.target.value))}
      />
    </Field>
  );
}

export function NumberField({
  bind,
  k,
  label,
  step = 1,
  min,
  max,
  fallback,
}: {
  bind: Bind;
  k: string;
  label: ReactNode;
  step?: number;
  min?: number;
  max?: number;
  fallback: number;
}) {
  const id = `${bind.id}-${k}`;
  const error = bind.error(k);
  return (
    <Field id={id} label={label} error={error}>
      <Input
        {...fieldAria(id, { error })}
        type="number"
        step={step}
        min={min}
        max={max}
        value={String(num(bind.value[k], fallback))}
        onChange={(e) => bind.set({ ...bind.value, [k]: e.target.value === "" ? fallback : Number(e.target.value) })}
      />
    </Field>
  );
}

export function SelectField({
  bind,
  k,
  label,
  options,
  fallback,
  optional,
}: {
  bind: Bind;
  k: string;
  label: ReactNode;
  options: readonly (string | [string, string])[];
  fallback?: string;
  optional?: boolean;
}) {
  const id = `${bind.id}-${k}`;
  const error = bind.error(k);
  return (
    <Field id={id} label={label} error={error}>
      <Select
        {...fieldAria(id, { error })}
        value={str(bind.value[k], fallback ?? "")}
        onChange={(e) => bind.set(without(bind.value, k, e.target.value))}
      >
        {optional ? <option value="">Default</option> : null}
        {options.map((o) => {
          const [value, text] = Array.isArray(o) ? o : [o, o];
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}

export function ColourField({ bind, k, label, fallback }: { bind: Bind; k: string; label: ReactNode; fallback: string }) {
  const id = `${bind.id}-${k}`;
  const error = bind.error(k);
  const value = str(bind.value[k], fallback);
  return (
    <Field id={id} label={label} error={error}>
      <div className="flex gap-2">
        <input
          type="color"
          aria-label={`${typeof label === "string" ? label : "Colour"} picker`}
          className="h-9 w-12 shrink-0 cursor-pointer rounded-md border border-zinc-300 bg-white p-1"
          value={/^#[0-9a-fA-F]{6}$/.test(value) ? value : "#000000"}
          onChange={(e) => bind.set({ ...bind.value, [k]: e.target.value })}
        />
        <Input
          {...fieldAria(id, { error })}
          value={value}
          onChange={(e) => bind.set({ ...bind.value, [k]: e.target.value })}
          className="font-mono"
        />
      </div>
    </Field>
  );
}

// An emptied optional text field leaves the key out, so the contract's default applies.
function without(value: Obj, key: string, next: string): Obj {
  const copy = { ...value };
  if (next === "") delete copy[key];
  else copy[key] = next;
  return copy;
}
