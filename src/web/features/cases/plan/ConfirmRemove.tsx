// A remove button with a confirm step: a goal or action with text in it is not thrown away by one slip of a key.
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, Paragraph } from '../../../components/index.ts';

export interface ConfirmRemoveProps {
  /** The button text, naming what goes, e.g. "Doel 2 verwijderen". */
  label: string;
  onConfirm: () => void;
}

export function ConfirmRemove({ label, onConfirm }: ConfirmRemoveProps) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [asking]);

  if (!asking)
    return (
      <ButtonGroup>
        <Button variant="subtle" ref={start} onClick={() => setAsking(true)}>
          {label}
        </Button>
      </ButtonGroup>
    );
  return (
    <div className="regie-plan-confirm">
      <Paragraph>Weet u het zeker? Dit gaat weg als u het plan opslaat.</Paragraph>
      <ButtonGroup>
        <Button variant="secondary" danger ref={yes} onClick={onConfirm}>
          Ja, verwijderen
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Nee, laten staan
        </Button>
      </ButtonGroup>
    </div>
  );
}
