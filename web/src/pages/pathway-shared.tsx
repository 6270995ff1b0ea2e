/** What the pathway sections share: their props, small value helpers and the section frame. */
import { useState, type ReactNode } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import type { Pathway } from '../../../src/contracts/pathway.contract';
import { polishDate } from '../../../src/domain/calendar';

export type Props = {
  participant: Participant;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  onChanged: () => void;
};
/** What a pathway section gets from the page: the pathway's API address, the pathway, what to call after a change. */
export type SectionProps = { base: string; pathway: Pathway; canEdit: boolean; onChanged: () => void };
export const INSTITUTIONS = new Set(['OPS', 'PCPR', 'ADDICTION_TREATMENT', 'NGO', 'KIS', 'PUP']);
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
export const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
export const today = () => polishDate(new Date());

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Toggle({
  label,
  children,
  open: initial = false,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  open?: boolean;
}) {
  const [open, setOpen] = useState(initial);
  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      </p>
    );
  return <div className="subform">{children(() => setOpen(false))}</div>;
}
