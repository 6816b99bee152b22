"use client";

import { useEffect } from "react";
import { langTag, type Lang } from "@/lib/i18n";

/**
 * Keeps `<html lang>` on the interface language. The root layout cannot read the query string, so
 * it renders zh-CN and this corrects it after load and on every language switch (content inside
 * carries its own `lang` attribute from the first byte, so screen readers read it right meanwhile).
 */
export default function HtmlLang({ lang }: { lang: Lang }) {
  useEffect(() => {
    document.documentElement.lang = langTag(lang);
  }, [lang]);
  return null;
}
