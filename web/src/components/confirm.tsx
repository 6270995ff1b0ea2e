import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * A modal dialog before an action that cannot be undone: it names the action and what stays
 * irreversible; only its confirm button runs `onConfirm`. Extra inputs (a reason) go in `children`.
 */
export function ConfirmDialog({
  open,
  title,
  warning,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
  canConfirm = true,
}: {
  open: boolean;
  title: string;
  warning: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  children?: ReactNode;
  canConfirm?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const warnId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm"
      style={{ maxWidth: '36rem', border: '1px solid #c9d1db', borderRadius: '0.5rem', padding: '1.25rem' }}
      aria-labelledby={titleId}
      aria-describedby={warnId}
      onClose={onCancel}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={warnId}>{warning}</p>
      {children}
      <div className="buttons">
        <button
          type="button"
          className="danger"
          style={{ background: '#a61b1b', color: '#fff', borderColor: '#a61b1b' }}
          disabled={!canConfirm}
          onClick={async () => {
            ref.current?.close();
            await onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** A button that opens a ConfirmDialog first. */
export function ConfirmButton({
  label,
  className,
  disabled,
  ...dialog
}: {
  label: string;
  title: string;
  warning: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  disabled?: boolean;
  children?: ReactNode;
  canConfirm?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        {...dialog}
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          await dialog.onConfirm();
        }}
      />
    </>
  );
}

/**
 * An action that cannot be undone asks first and says what it fixes for good; the question takes the
 * button's place until answered (no browser dialog, readable by a screen reader).
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  primary = false,
  disabled = false,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  primary?: boolean;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <div className="confirm" role="alertdialog" aria-label={label} aria-describedby="confirm-question">
      <p id="confirm-question">{question}</p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('pay.cancel')}
        </button>
      </div>
    </div>
  );
}
