"use client";

import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

const MenuContext = createContext<() => void>(() => {});

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

// A disclosure menu (WAI-ARIA menu button pattern): arrows, Home/End, Escape and Tab work; a click
// outside closes it; focus returns to the button. The button is named by its content (add sr-only
// text for a purpose the content does not show); `label` names the menu itself.
export function Menu({
  label,
  button,
  buttonClassName,
  children,
  align = "start",
  side = "bottom",
  menuClassName,
}: {
  label: string;
  button: ReactNode;
  buttonClassName?: string;
  children: ReactNode;
  align?: "start" | "end";
  side?: "bottom" | "top";
  menuClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    menuItems(menuRef.current)[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = menuItems(menuRef.current);
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focusAt(index + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        focusAt(index - 1);
        break;
      case "Home":
        event.preventDefault();
        focusAt(0);
        break;
      case "End":
        event.preventDefault();
        focusAt(list.length - 1);
        break;
      case "Escape":
        event.preventDefault();
        close();
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className={buttonClassName}
      >
        {button}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          className={cx(
            "absolute z-40 min-w-56 animate-fade-in rounded-lg border border-zinc-200 bg-white p-1 shadow-lg",
            side === "bottom" ? "top-full mt-1" : "bottom-full mb-1",
            align === "start" ? "left-0" : "right-0",
            menuClassName,
          )}
        >
          <MenuContext value={() => close(false)}>{children}</MenuContext>
        </div>
      ) : null}
    </div>
  );
}

const itemClasses =
  "flex w-full cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-zinc-800 outline-none " +
  "hover:bg-zinc-100 focus-visible:bg-zinc-100 focus:bg-zinc-100";

export function MenuItem({
  href,
  onSelect,
  children,
  className,
  current,
}: {
  href?: string;
  onSelect?: () => void;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const close = useContext(MenuContext);
  if (href) {
    return (
      <Link
        href={href}
        role="menuitem"
        tabIndex={-1}
        aria-current={current ? "page" : undefined}
        className={cx(itemClasses, className)}
        onClick={() => close()}
      >
        {children}
      </Link>
    );
  }
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={cx(itemClasses, className)}
      onClick={() => {
        close();
        onSelect?.();
      }}
    >
      {children}
    </button>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="-mx-1 my-1 h-px bg-zinc-200" />;
}

export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <div id={id} className="px-2 pt-1.5 pb-1 text-xs font-medium text-zinc-500">
        {label}
      </div>
      {children}
    </div>
  );
}
