/**
 * The time slider: one step a month from January 1988 to December 2026, a native range input (arrow
 * keys move a month, Page Up / Page Down a year, Home / End the ends), with step buttons and play.
 */
import { useEffect, useId } from 'react';
import { monthEnd, MONTHS } from '../../url/dates';
import { monthLabel } from './monthLabel';

export interface TimeSliderProps {
  index: number;
  onChange: (index: number) => void;
  playing: boolean;
  onPlay: (playing: boolean) => void;
  /** Shown beside the date: what the view is doing (loading a snapshot...). */
  note?: string;
}

export function TimeSlider({ index, onChange, playing, onPlay, note }: TimeSliderProps) {
  const id = useId();
  const label = monthLabel(monthEnd(index));
  const clamp = (i: number) => Math.max(0, Math.min(MONTHS - 1, i));
  useEffect(() => {
    if (playing && index >= MONTHS - 1) onPlay(false);
  }, [playing, index, onPlay]);
  return (
    <div className="time-slider">
      <label htmlFor={id}>
        Date <output className="date">{label}</output>
      </label>
      <button type="button" onClick={() => onChange(clamp(index - 12))} aria-label="one year back">
        «
      </button>
      <button type="button" onClick={() => onChange(clamp(index - 1))} aria-label="one month back">
        ‹
      </button>
      <input
        id={id}
        type="range"
        min={0}
        max={MONTHS - 1}
        step={1}
        value={index}
        aria-valuetext={label}
        onChange={(e) => onChange(Number(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'PageUp' || e.key === 'PageDown') {
            e.preventDefault();
            onChange(clamp(index + (e.key === 'PageUp' ? 12 : -12)));
          }
        }}
      />
      <button type="button" onClick={() => onChange(clamp(index + 1))} aria-label="one month forward">
        ›
      </button>
      <button type="button" onClick={() => onChange(clamp(index + 12))} aria-label="one year forward">
        »
      </button>
      <button type="button" className="play" onClick={() => onPlay(!playing)} aria-pressed={playing}>
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <span className="ticks" aria-hidden="true">
        <span>1988</span>
        <span>2026</span>
      </span>
      {note && (
        <span className="note" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
