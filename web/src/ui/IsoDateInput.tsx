/**
 * A date box that reads and writes ISO dates (YYYY-MM-DD) whatever the browser's locale: a text input
 * with a pattern, not `<input type="date">`, which shows mm/dd/yyyy in a US locale. The value is
 * committed on Enter or when the box loses focus, and only when it is a real date in range.
 */
import { useEffect, useState } from 'react';

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function IsoDateInput({
  value,
  onChange,
  label,
  min = '1988-01-01',
  max = '2030-12-31',
  disabled,
}: {
  value: string;
  onChange: (date: string) => void;
  label: string;
  min?: string;
  max?: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const valid = text === '' || (isIsoDay(text) && text >= min && text <= max);
  const commit = () => {
    if (text !== value && text !== '' && valid) onChange(text);
  };
  return (
    <input
      type="text"
      className="iso-date"
      inputMode="numeric"
      pattern="\d{4}-\d{2}-\d{2}"
      placeholder="YYYY-MM-DD"
      size={10}
      maxLength={10}
      aria-label={label}
      aria-invalid={!valid}
      title={`a date as YYYY-MM-DD, ${min} to ${max}`}
      value={text}
      disabled={disabled}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
