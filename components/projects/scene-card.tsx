"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { useDndMonitor } from "@dnd-kit/core";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { Field, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { controlClasses } from "@/components/ui/input";
import { estimateVoiceSeconds } from "@/lib/contract/estimate";
import { DEFAULT_BACKGROUND_COLOUR, EMOTIONS, FITS, MAX_INPUT_TEXT, PLAY_STYLES, type VideoRequest } from "@/lib/contract/schema";
import type { CatalogAvatar, CatalogVoice } from "@/components/projects/catalog";
import type { AssetView } from "@/components/assets/queries";
import type { SceneView } from "@/components/projects/queries";
import type { ScenePart } from "@/lib/projects/scene-merge";
import { AssetField } from "@/components/projects/asset-field";
import { ColourField, NumberField, SelectField, TextField, num, str, type Bind, type Obj } from "@/components/projects/scene-fields";
import { PositioningPreview } from "@/components/studio/positioning-preview";
import { useVideoStill } from "@/components/studio/use-video-still";
import type { BackgroundMedia, PhotoMedia, PositioningScene } from "@/components/studio/positioning-layout";
import { PhotoPicker, useTalkingPhotos } from "@/components/projects/photo-picker";

type Props = {
  team: string;
  scene: SceneView;
  index: number;
  count: number;
  errors: Record<string, string>;
  avatars: CatalogAvatar[];
  voices: CatalogVoice[];
  assets: AssetView[];
  canEdit: boolean;
  onEdit: (field: ScenePart, value: Obj | null) => void;
  onMove: (position: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** The project's frame size, for the positioning preview. */
  dimension: { width: number; height: number };
};

// Seconds a script takes to say, by the same estimate the quota uses.
function estimate(voice: Obj): number {
  return estimateVoiceSeconds({ video_inputs: [{ voice: { ...voice, speed: num(voice.speed, 1) } }] } as unknown as VideoRequest, {});
}

export function SceneCard(p: Props) {
  const n = p.index + 1;
  const prefix = `video_inputs.${p.index}`;
  const bind = (field: ScenePart, value: Obj): Bind => ({
    id: `scene-${p.scene.id}-${field}`,
    value,
    set: (next) => p.onEdit(field, next),
    error: (k) => p.errors[`${prefix}.${field}.${k}`] ?? null,
  });
  // Errors of a whole part (a missing file, an unknown type) rather than of one of its inputs.
  const partError = (field: ScenePart) => p.errors[`${prefix}.${field}`] ?? null;
  const backgroundMedia = useBackgroundStill(p.scene.background, p.assets);
  const photoMedia = usePhotoMedia(p.team, p.scene.character);
  // The handle drags the card (dnd-kit, pointer or keyboard: space picks it up, arrows move, space drops);
  // the arrow keys alone also move it one place without picking it up.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: p.scene.id,
    disabled: !p.canEdit,
  });
  // Set as the key that picks the card up is pressed (before dnd-kit re-renders with isDragging), so the
  // arrows that follow belong to the drag.
  const pickedUp = useRef(false);
  useDndMonitor({ onDragEnd: () => (pickedUp.current = false), onDragCancel: () => (pickedUp.current = false) });
  const onHandleKey = (event: KeyboardEvent) => {
    const free = !pickedUp.current && !isDragging;
    if (free && event.key === "ArrowUp" && p.index > 0) {
      event.preventDefault();
      p.onMove(p.index - 1);
    } else if (free && event.key === "ArrowDown" && p.index < p.count - 1) {
      event.preventDefault();
      p.onMove(p.index + 1);
    } else {
      if (free && (event.key === " " || event.key === "Enter")) pickedUp.current = true;
      listeners?.onKeyDown?.(event);
    }
  };

  return (
    <Card
      ref={setNodeRef}
      aria-label={`Scene ${n}`}
      data-scene-id={p.scene.id}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={cx(isDragging && "relative z-10 shadow-lg ring-2 ring-accent-600")}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 px-5 py-3">
        <div className="flex items-center gap-2">
          {p.canEdit ? (
            <button
              type="button"
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              onKeyDown={onHandleKey}
              aria-label={`Reorder scene ${n}: drag, or press the up and down arrow keys`}
              aria-roledescription="sortable scene"
              className="cursor-grab touch-none rounded px-1.5 py-1 font-mono text-zinc-500 hover:bg-zinc-100 focus:ring-2 focus:ring-accent-600 focus:outline-none active:cursor-grabbing"
            >
              ⋮⋮
            </button>
          ) : null}
          <h2 className="text-[15px] font-semibold text-zinc-900">Scene {n}</h2>
        </div>
        {p.canEdit ? (
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="ghost"
              disabled={p.index === 0}
              onClick={() => p.onMove(p.index - 1)}
              aria-label={`Move scene ${n} up`}
            >
              Up
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={p.index === p.count - 1}
              onClick={() => p.onMove(p.index + 1)}
              aria-label={`Move scene ${n} down`}
            >
              Down
            </Button>
            <Button size="sm" variant="secondary" onClick={p.onDuplicate} aria-label={`Duplicate scene ${n}`}>
              Duplicate
            </Button>
            <Button size="sm" variant="danger-outline" disabled={p.count === 1} onClick={p.onDelete} aria-label={`Delete scene ${n}`}>
              Delete
            </Button>
          </div>
        ) : null}
      </div>
      {p.scene.character?.type === "avatar" || (p.scene.character?.type === "talking_photo" && photoMedia) ? (
        <fieldset disabled={!p.canEdit} className="border-b border-zinc-200 p-5">
          {/* Floated, so the legend sits inside the fieldset's padding rather than on its top edge. */}
          <PartTitle className="float-left w-full">Position</PartTitle>
          <p className="clear-left mb-3 text-sm text-zinc-600">What the render will show, laid out by the render engine&apos;s own plan.</p>
          <PositioningPreview
            className="max-w-3xl"
            dimension={p.dimension}
            scene={{ character: p.scene.character, background: p.scene.background ?? undefined } as PositioningScene}
            backgroundMedia={backgroundMedia}
            photo={photoMedia}
            onChange={(patch) => p.onEdit("character", { ...p.scene.character, ...patch })}
          />
        </fieldset>
      ) : null}
      <fieldset disabled={!p.canEdit} className="grid gap-6 p-5 md:grid-cols-2 xl:grid-cols-3">
        <CharacterPart
          team={p.team}
          value={p.scene.character}
          avatars={p.avatars}
          bind={bind}
          onEdit={p.onEdit}
          error={partError("character")}
          n={n}
        />
        <VoicePart team={p.team} bind={bind("voice", p.scene.voice)} voices={p.voices} assets={p.assets} error={partError("voice")} n={n} />
        <BackgroundPart
          team={p.team}
          bind={bind("background", p.scene.background)}
          assets={p.assets}
          still={backgroundMedia?.url}
          error={partError("background")}
        />
      </fieldset>
    </Card>
  );
}

// The background's asset (an image, or a video shown by its first frame) as a still for the preview.
function useBackgroundStill(background: Obj | null, assets: AssetView[]): BackgroundMedia | undefined {
  const id =
    background?.type === "image" ? background.image_asset_id : background?.type === "video" ? background.video_asset_id : undefined;
  const asset = typeof id === "string" ? assets.find((a) => a.id === id) : undefined;
  const videoStill = useVideoStill(asset?.file_type === "video" ? asset.url : null);
  if (!asset?.width || !asset.height) return undefined;
  const url = asset.file_type === "image" ? asset.url : videoStill;
  return url ? { url, width: asset.width, height: asset.height } : undefined;
}

function PartTitle({ children, className }: { children: string; className?: string }) {
  return <legend className={cx("mb-3 text-sm font-semibold text-zinc-900", className)}>{children}</legend>;
}

function PartError({ error }: { error: string | null }) {
  return error ? <p className="text-[13px] text-red-700">{error}</p> : null;
}

// A talking photo's image and face position, for the positioning preview (once the team's photos are loaded).
function usePhotoMedia(team: string, character: Obj | null): PhotoMedia | undefined {
  const photos = useTalkingPhotos(team);
  if (character?.type !== "talking_photo") return undefined;
  const photo = photos.data?.find((x) => x.talking_photo_id === character.talking_photo_id);
  if (!photo) return undefined;
  return {
    url: photo.image_url,
    geometry: { width: photo.width, height: photo.height, faceX: photo.face.x, faceY: photo.face.y, faceHeight: photo.face.height },
  };
}

function CharacterPart({
  team,
  value,
  avatars,
  bind,
  onEdit,
  error,
  n,
}: {
  team: string;
  value: Obj | null;
  avatars: CatalogAvatar[];
  bind: (f: ScenePart, v: Obj) => Bind;
  onEdit: Props["onEdit"];
  error: string | null;
  n: number;
}) {
  const chosen = value ? str(value.avatar_id) : "";
  const b = bind("character", value ?? {});
  const pick = (avatarId: string) =>
    onEdit(
      "character",
      avatarId
        ? { type: "avatar", avatar_style: "normal", scale: 1, ...(value?.type === "avatar" ? value : {}), avatar_id: avatarId }
        : null,
    );
  // A radio group: one tab stop (the chosen option), the arrow keys choose the next or previous one.
  const options = ["", ...avatars.map((a) => a.avatar_id)];
  const onArrow = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = options[(options.indexOf(chosen) + step + options.length) % options.length]!;
    pick(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-avatar="${next}"]`)?.focus();
  };
  const [tab, setTab] = useState<"presenters" | "photos">(value?.type === "talking_photo" ? "photos" : "presenters");
  const pickPhoto = (id: string) =>
    onEdit(
      "character",
      id
        ? {
            type: "talking_photo",
            talking_photo_style: "square",
            scale: 1,
            ...(value?.type === "talking_photo" ? value : {}),
            talking_photo_id: id,
          }
        : null,
    );
  const tabs = (
    <div role="tablist" aria-label={`Presenter kind of scene ${n}`} className="flex gap-1 text-sm">
      {(
        [
          ["presenters", "Presenters"],
          ["photos", "Photos"],
        ] as const
      ).map(([key, label]) => (
        <button
          key={key}
          type="button"
          role="tab"
          aria-selected={tab === key}
          onClick={() => setTab(key)}
          className={cx("rounded-md px-2.5 py-1", tab === key ? "bg-zinc-900 text-white" : "text-zinc-700 hover:bg-zinc-100")}
        >
          {label}
        </button>
      ))}
    </div>
  );
  if (tab === "photos") {
    return (
      <fieldset className="space-y-3">
        <PartTitle>Presenter</PartTitle>
        {tabs}
        <PhotoPicker team={team} chosen={value?.type === "talking_photo" ? str(value.talking_photo_id) : ""} onPick={pickPhoto} n={n} />
        {value?.type === "talking_photo" ? <PhotoFields bind={b} value={value} /> : null}
        <PartError error={error ?? b.error("talking_photo_id")} />
      </fieldset>
    );
  }
  return (
    <fieldset className="space-y-3">
      <PartTitle>Presenter</PartTitle>
      {tabs}
      <div role="radiogroup" aria-label={`Presenter of scene ${n}`} className="grid grid-cols-4 gap-2" onKeyDown={onArrow}>
        <button
          type="button"
          role="radio"
          data-avatar=""
          aria-checked={value === null}
          tabIndex={value === null ? 0 : -1}
          onClick={() => pick("")}
          className={cx(
            "flex aspect-square items-center justify-center rounded-md border text-xs text-zinc-600",
            value === null ? "border-accent-600 ring-2 ring-accent-600" : "border-zinc-200",
          )}
        >
          None
        </button>
        {avatars.map((a) => (
          <button
            key={a.avatar_id}
            type="button"
            role="radio"
            data-avatar={a.avatar_id}
            aria-checked={chosen === a.avatar_id}
            tabIndex={
              chosen === a.avatar_id || (value !== null && !avatars.some((x) => x.avatar_id === chosen) && a === avatars[0]) ? 0 : -1
            }
            aria-label={a.avatar_name}
            title={a.avatar_name}
            onClick={() => pick(a.avatar_id)}
            className={cx(
              "overflow-hidden rounded-md border bg-zinc-50",
              chosen === a.avatar_id ? "border-accent-600 ring-2 ring-accent-600" : "border-zinc-200",
            )}
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- catalog previews from our own API */}
            <img src={a.preview_image_url} alt="" className="aspect-square w-full object-cover" loading="lazy" />
          </button>
        ))}
      </div>
      {value ? (
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            bind={b}
            k="avatar_style"
            label="Style"
            options={[
              ["normal", "Normal"],
              ["circle", "Circle"],
              ["closeUp", "Close-up"],
            ]}
            fallback="normal"
          />
          {/* Scale and offset are edited beside the positioning preview above. */}
          {str(value.avatar_style) === "circle" ? (
            <ColourField bind={b} k="circle_background_color" label="Circle colour" fallback="#ffffff" />
          ) : null}
          <label className="col-span-2 flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" checked={value.matting === true} onChange={(e) => b.set({ ...value, matting: e.target.checked })} />
            Matting (remove the presenter&apos;s backdrop)
          </label>
        </div>
      ) : null}
      <PartError error={error ?? b.error("avatar_id")} />
    </fieldset>
  );
}

// A talking photo's own settings (scale and offset are edited beside the positioning preview).
function PhotoFields({ bind: b, value }: { bind: Bind; value: Obj }) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <SelectField
        bind={b}
        k="talking_photo_style"
        label="Style"
        options={[
          ["square", "Square"],
          ["circle", "Circle"],
        ]}
        fallback="square"
      />
      <SelectField
        bind={b}
        k="talking_style"
        label="Motion"
        options={[
          ["stable", "Stable"],
          ["expressive", "Expressive"],
        ]}
        fallback="stable"
      />
      <SelectField
        bind={b}
        k="expression"
        label="Expression"
        options={[
          ["default", "Neutral"],
          ["happy", "Happy"],
        ]}
        fallback="default"
      />
      {str(value.talking_photo_style) === "circle" ? (
        <ColourField bind={b} k="circle_background_color" label="Circle colour" fallback="#ffffff" />
      ) : null}
      <label className="col-span-2 flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" checked={value.matting === true} onChange={(e) => b.set({ ...value, matting: e.target.checked })} />
        Matting (only the person; the scene&apos;s background around them)
      </label>
      <label className="col-span-2 flex items-center gap-2 text-sm text-zinc-800">
        <input
          type="checkbox"
          checked={value.super_resolution === true}
          onChange={(e) => b.set({ ...value, super_resolution: e.target.checked })}
        />
        Sharpen when enlarged (super resolution)
      </label>
    </div>
  );
}

function VoicePart({
  team,
  bind,
  voices,
  assets,
  error,
  n,
}: {
  team: string;
  bind: Bind;
  voices: CatalogVoice[];
  assets: AssetView[];
  error: string | null;
  n: number;
}) {
  const v = bind.value;
  const type = str(v.type, "text");
  const languages = [...new Set(voices.map((x) => x.language))].sort();
  const current = voices.find((x) => x.voice_id === v.voice_id);
  // The language is the saved voice's, never a choice of its own: picking a language saves that language's
  // first voice at once, so what the picker shows (after a reload, to a teammate) is what will be spoken.
  const language = current?.language ?? (languages.includes("English") ? "English" : (languages[0] ?? ""));
  const setLanguage = (next: string) => {
    const first = voices.find((x) => x.language === next);
    if (first && first.voice_id !== v.voice_id) bind.set({ ...v, voice_id: first.voice_id });
  };
  const shown = voices.filter((x) => x.language === language);
  const [sample, setSample] = useState<string | null>(null);
  const text = str(v.input_text);
  const seconds = type === "text" ? estimate(v) : 0;
  const scriptId = `${bind.id}-input_text`;
  const scriptError = bind.error("input_text");
  const scriptHint = `${text.length} / ${MAX_INPUT_TEXT} characters · about ${Math.round(seconds * 10) / 10} s`;
  const setType = (next: string) =>
    bind.set(
      next === "text"
        ? { type: "text", voice_id: current?.voice_id ?? voices[0]?.voice_id ?? "", input_text: "" }
        : next === "silence"
          ? { type: "silence", duration: 1 }
          : { type: "audio" },
    );
  return (
    <fieldset className="space-y-3">
      <PartTitle>Voice</PartTitle>
      <Field id={`${bind.id}-type`} label="Voice source">
        <Select id={`${bind.id}-type`} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="text">Text to speech</option>
          <option value="audio">Audio file</option>
          <option value="silence">Silence</option>
        </Select>
      </Field>
      {type === "text" ? (
        <>
          <Field id={scriptId} label="Script" error={scriptError} hint={scriptHint}>
            <textarea
              {...fieldAria(scriptId, { hint: scriptHint, error: scriptError })}
              className={cx(controlClasses, "min-h-28 py-2")}
              value={text}
              maxLength={MAX_INPUT_TEXT}
              onChange={(e) => bind.set({ ...v, input_text: e.target.value })}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id={`${bind.id}-language`} label="Language">
              <Select id={`${bind.id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)}>
                {languages.map((l) => (
                  <option key={l}>{l}</option>
                ))}
              </Select>
            </Field>
            <SelectField
              bind={bind}
              k="voice_id"
              label="Voice"
              options={shown.map((x) => [x.voice_id, `${x.name} (${x.gender})`] as [string, string])}
              fallback=""
              optional={!current}
            />
          </div>
          {current ? (
            <div className="flex items-center gap-2">
              <Button
                size="sm"
                variant="secondary"
                aria-label={`Play sample of ${current.name}, scene ${n}`}
                onClick={() =>
                  setSample(
                    `/v2/voices/${encodeURIComponent(current.voice_id)}/preview?text=${encodeURIComponent(text.slice(0, 200) || `Hello, I am ${current.name}.`)}`,
                  )
                }
              >
                Play sample
              </Button>
              {sample ? <audio src={sample} autoPlay controls className="h-8 max-w-48" aria-label="Voice sample" /> : null}
            </div>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <NumberField bind={bind} k="speed" label="Speed" step={0.1} min={0.5} max={1.5} fallback={1} />
            <NumberField bind={bind} k="pitch" label="Pitch" step={1} min={-50} max={50} fallback={0} />
            <SelectField bind={bind} k="emotion" label="Emotion" options={EMOTIONS} optional />
            <TextField bind={bind} k="locale" label="Locale" placeholder="en-US" />
          </div>
        </>
      ) : type === "silence" ? (
        <NumberField bind={bind} k="duration" label="Seconds of silence" step={0.5} min={1} max={100} fallback={1} />
      ) : (
        <>
          <AssetField team={team} bind={bind} k="audio_asset_id" label="Audio file" kind="audio" assets={assets} />
          <TextField bind={bind} k="audio_url" label="Or an audio URL" placeholder="https://…" />
        </>
      )}
      <PartError error={error} />
    </fieldset>
  );
}

// `still`: the chosen image, or the chosen video's first frame, as its thumbnail.
function BackgroundPart({
  team,
  bind,
  assets,
  still,
  error,
}: {
  team: string;
  bind: Bind;
  assets: AssetView[];
  still: string | undefined;
  error: string | null;
}) {
  const v = bind.value;
  const type = str(v.type, "color");
  const kind = type === "video" ? "video" : "image";
  const mine = assets.filter((a) => a.file_type === kind);
  const assetKey = type === "video" ? "video_asset_id" : "image_asset_id";
  const chosen = mine.find((a) => a.id === v[assetKey]);
  return (
    <fieldset className="space-y-3">
      <PartTitle>Background</PartTitle>
      <Field id={`${bind.id}-type`} label="Background type">
        <Select
          id={`${bind.id}-type`}
          value={type}
          onChange={(e) =>
            bind.set(e.target.value === "color" ? { type: "color", value: DEFAULT_BACKGROUND_COLOUR } : { type: e.target.value })
          }
        >
          <option value="color">Colour</option>
          <option value="image">Image</option>
          <option value="video">Video</option>
        </Select>
      </Field>
      {type === "color" ? (
        <ColourField bind={bind} k="value" label="Colour" fallback={DEFAULT_BACKGROUND_COLOUR} />
      ) : (
        <>
          <AssetField
            team={team}
            bind={bind}
            k={assetKey}
            label={type === "video" ? "Video asset" : "Image asset"}
            kind={kind}
            assets={assets}
          />
          {chosen && still ? (
            // eslint-disable-next-line @next/next/no-img-element -- signed storage URL, or a video's first frame
            <img src={still} alt={`Background ${chosen.name}`} className="h-20 rounded-md border border-zinc-200 object-cover" />
          ) : null}
          <TextField bind={bind} k="url" label="Or a URL" placeholder="https://…" />
          <div className="grid grid-cols-2 gap-3">
            <SelectField bind={bind} k="fit" label="Fit" options={FITS} fallback="cover" />
            {type === "video" ? (
              <SelectField bind={bind} k="play_style" label="Play style" options={PLAY_STYLES} fallback="freeze" />
            ) : null}
          </div>
        </>
      )}
      <PartError error={error} />
    </fieldset>
  );
}
