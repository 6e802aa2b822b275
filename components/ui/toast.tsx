"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

type ToastVariant = "success" | "error" | "info";
type ToastItem = { id: number; title: string; description?: string; variant: ToastVariant };
type ToastInput = { title: string; description?: string; variant?: ToastVariant };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const DURATION_MS = 4500;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const push = useCallback(
    ({ title, description, variant = "success" }: ToastInput) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, title, description, variant }]);
      window.setTimeout(() => dismiss(id), DURATION_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => push, [push]);

  return (
    <ToastContext value={value}>
      {children}
      {/* Always mounted so screen readers register the live region before the first message. */}
      <div
        aria-live="polite"
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[22rem] max-w-[calc(100vw-2rem)] flex-col gap-2"
      >
        {toasts.map((t) => (
          <div
            key={t.id}
            role={t.variant === "error" ? "alert" : "status"}
            className={cx(
              "pointer-events-auto flex animate-toast-in items-start gap-3 rounded-lg border bg-white px-4 py-3 text-sm shadow-lg",
              t.variant === "error" ? "border-red-200" : "border-zinc-200",
            )}
          >
            <span
              aria-hidden
              className={cx(
                "mt-1.5 size-2 shrink-0 rounded-full",
                t.variant === "error" ? "bg-red-600" : t.variant === "info" ? "bg-zinc-500" : "bg-emerald-600",
              )}
            />
            <div className="min-w-0 flex-1">
              <p className="font-medium text-zinc-900">{t.title}</p>
              {t.description ? <p className="mt-0.5 text-zinc-600 [overflow-wrap:anywhere]">{t.description}</p> : null}
            </div>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              className="-m-1 rounded p-1 text-zinc-500 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
              aria-label="Dismiss notification"
            >
              <svg
                viewBox="0 0 16 16"
                className="size-3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
                aria-hidden
              >
                <path d="m4 4 8 8M12 4l-8 8" />
              </svg>
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast() {
  const push = useContext(ToastContext);
  if (!push) throw new Error("useToast must be used inside <ToastProvider>");
  return push;
}
