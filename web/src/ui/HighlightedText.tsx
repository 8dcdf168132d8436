/**
 * A document's text with passages highlighted. The text is split into plain runs and <mark> runs, all
 * rendered as React text (escaped), never as HTML; the focused passage scrolls into view.
 */
import { useEffect, useMemo, useRef } from 'react';

export interface Range {
  start: number;
  end: number;
  /** Tooltip: what cites this passage. */
  label?: string;
}

interface Run {
  text: string;
  start: number;
  marks: Range[];
  /** Not shown (kept in the DOM, hidden, so that the text's offsets still add up). */
  hidden?: boolean;
}

/** Cut the text at every range boundary; each run lists the ranges covering it. */
export function runs(text: string, ranges: readonly Range[], hidden: readonly Range[] = []): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...ranges, ...hidden]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const marks = ranges.filter((r) => r.start <= s && r.end >= e);
    // Junk is hidden outside cited passages only: a passage is always shown exactly as cited.
    const hide = !marks.length && hidden.some((h) => h.start <= s && h.end >= e);
    out.push({ text: text.slice(s, e), start: s, marks, ...(hide ? { hidden: true } : {}) });
  }
  return out;
}

export function HighlightedText({
  text,
  ranges,
  focus,
  onSelect,
  hidden,
}: {
  /** Ranges not to show (scraping junk, ui/junk.ts). */
  hidden?: readonly Range[];
  text: string;
  ranges: readonly Range[];
  focus?: number | undefined;
  onSelect?: (start: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => runs(text, ranges, hidden), [text, ranges, hidden]);
  useEffect(() => {
    if (focus === undefined || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-start="${focus}"]`);
    // .source-text is positioned, so a mark's offsetTop is measured from the top of the text
    if (el) box.current.scrollTo({ top: Math.max(0, el.offsetTop - 40) });
  }, [focus, parts]);
  return (
    <div className="source-text" ref={box} tabIndex={0} aria-label="source text">
      {parts.map((p) =>
        p.marks.length ? (
          <mark
            key={p.start}
            data-start={p.marks[0]!.start}
            className={p.marks.some((m) => m.start === focus) ? 'focus' : undefined}
            title={p.marks
              .map((m) => m.label)
              .filter(Boolean)
              .join('\n')}
            onClick={onSelect ? () => onSelect(p.marks[0]!.start) : undefined}
          >
            {p.text}
          </mark>
        ) : p.hidden ? (
          <span key={p.start} className="junk" hidden>
            {p.text}
          </span>
        ) : (
          <span key={p.start}>{p.text}</span>
        ),
      )}
    </div>
  );
}
