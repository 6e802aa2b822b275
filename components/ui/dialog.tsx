"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

// A modal on the native <dialog>: focus trap, Escape, top layer and inert background come from the browser.
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = "md",
  dismissible = true,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg" | "xl";
  // false while a request runs, so Escape or a backdrop click cannot lose its answer (a secret shown once).
  dismissible?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog never closes behind the component's back.
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onClose={() => {
        // The browser can still close it (a second Escape): keep React's state in step.
        if (open) onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget && dismissible) onClose();
      }}
      className={cx(
        "m-auto w-[calc(100%-2rem)] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl open:animate-fade-in",
        size === "sm" ? "max-w-md" : size === "lg" ? "max-w-2xl" : size === "xl" ? "max-w-5xl" : "max-w-lg",
      )}
    >
      {open ? (
        <div className="flex max-h-[85vh] flex-col">
          <div className="space-y-1 px-6 pt-5 pb-4">
            <h2 id={titleId} className="text-base font-semibold text-zinc-900">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="text-sm text-zinc-600">
                {description}
              </div>
            ) : null}
          </div>
          {children ? <div className="overflow-y-auto px-6 pb-5">{children}</div> : null}
          {footer ? (
            <div className="flex justify-end gap-2 rounded-b-xl border-t border-zinc-200 bg-zinc-50 px-6 py-3">{footer}</div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
