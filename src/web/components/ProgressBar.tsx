// A labelled progress bar: the native <progress> element (NL DS has no progress component yet), with the label
// and a text of how far it is next to it. Screen readers get the announcements from a separate polite live region
// (see the caller), so a bar that moves every second does not talk every second.
import { useId } from 'react';

export interface ProgressBarProps {
  label: string;
  /** 0..max; leave out while it is not known how far it is (an indeterminate bar). */
  value?: number;
  max?: number;
  /** How far, in words, e.g. "40% geüpload (2 MB van 5 MB)". */
  status: string;
}

export function ProgressBar({ label, value, max = 100, status }: ProgressBarProps) {
  const id = useId();
  return (
    <div className="regie-progress">
      <label className="regie-progress__label utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <progress
        id={id}
        className="regie-progress__bar"
        max={max}
        value={value}
        aria-describedby={`${id}-status`}
      >
        {status}
      </progress>
      <p id={`${id}-status`} className="regie-progress__status utrecht-paragraph utrecht-paragraph--small">
        {status}
      </p>
    </div>
  );
}
