"use client";

import { useEffect, useRef, type RefObject } from "react";

const WAIT_MS = 10_000;

/**
 * When `key` changes (a county, an article, a list was opened), moves focus to the panel's heading,
 * so keyboard and screen-reader users land on what they opened. Panels that load first get focus
 * when their heading (or their error) appears. Focus is not taken from a field the user is typing in.
 */
export function usePanelFocus(panel: RefObject<HTMLElement | null>, key: string) {
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    const root = panel.current;
    if (!root) return;
    const active = document.activeElement as HTMLElement | null;
    const typing = active && active !== document.body && !root.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName);
    if (typing) return;
    const tryFocus = () => {
      const target = root.querySelector<HTMLElement>("h2, [role=alert]");
      if (!target) return false;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => tryFocus() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [panel, key]);
}
