import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * A button that asks before an action that cannot be undone: a modal dialog names the action and what
 * stays irreversible; only its confirm button runs `onConfirm`. Extra inputs (a reason) go in `children`.
 */
export function ConfirmButton({
  label,
  title,
  warning,
  confirmLabel,
  onConfirm,
  className,
  disabled,
  children,
  canConfirm = true,
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
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const warnId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog
        ref={ref}
        className="confirm"
        style={{ maxWidth: '36rem', border: '1px solid #c9d1db', borderRadius: '0.5rem', padding: '1.25rem' }}
        aria-labelledby={titleId}
        aria-describedby={warnId}
        onClose={() => setOpen(false)}
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
              setOpen(false);
              await onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('confirm.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
