"use client";

import type { MouseEvent, ReactNode } from "react";
import { serializeViewState, type ViewState } from "@/lib/url-state";
import type { SetViewState } from "./useViewState";

export type Nav = { state: ViewState; go: SetViewState };

/** Selecting a county or article drops the camera, so the map moves to what was selected. */
export function withCamera(patch: Partial<ViewState>): Partial<ViewState> {
  return "county" in patch || "article" in patch ? { camera: null, ...patch } : patch;
}

export function hrefFor(state: ViewState, patch: Partial<ViewState>): string {
  return `/${serializeViewState({ ...state, ...withCamera(patch) })}`;
}

type Props = { nav: Nav; patch: Partial<ViewState>; children: ReactNode; className?: string; title?: string; "aria-current"?: "page" | undefined };

/**
 * A real link (open in new tab, copy address) that, on a plain click, changes the view in place and
 * pushes a history entry.
 */
export function ViewLink({ nav, patch, children, className, title, ...rest }: Props) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    nav.go(withCamera(patch), "push");
  };
  return (
    <a href={hrefFor(nav.state, patch)} onClick={onClick} className={className} title={title} aria-current={rest["aria-current"]}>
      {children}
    </a>
  );
}
