import { useEffect, useRef, useState } from 'react';
import type { GminaItem } from '../../../src/contracts/teryt.contract';
import { api } from '../api';
import { t } from '../i18n';

const describe = (g: GminaItem) => `${g.name} — ${g.kind}, pow. ${g.powiat}, woj. ${g.voivodeship}`;

/** Accessible combobox (ARIA 1.2) for choosing a gmina from TERYT; the value is the 7-digit code. */
export function GminaPicker({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
}) {
  const [text, setText] = useState('');
  const [items, setItems] = useState<GminaItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const latest = useRef(0);

  useEffect(() => {
    if (!value) return;
    if (text) return;
    api<GminaItem>('GET', `/api/v1/teryt/gminas/${value}`)
      .then((g) => setText(describe(g)))
      .catch(() => undefined);
  }, [value]);

  async function search(query: string) {
    const request = ++latest.current;
    if (query.trim().length < 2) {
      setItems([]);
      return;
    }
    const result = await api<{ items: GminaItem[] }>(
      'GET',
      `/api/v1/teryt/gminas?q=${encodeURIComponent(query)}&limit=12`,
    );
    if (request === latest.current) {
      setItems(result.items);
      setActive(result.items.length ? 0 : -1);
      setOpen(true);
    }
  }

  function choose(g: GminaItem) {
    onChange(g.code);
    setText(describe(g));
    setOpen(false);
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange('');
          void search(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(items.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && open && items[active]) {
            e.preventDefault();
            choose(items[active]!);
          } else if (e.key === 'Escape') setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('centre.gminaList')}
        className="combobox-list"
        hidden={!open || text.trim().length < 2}
      >
        {items.length === 0 && (
          <li className="combobox-empty" role="option" aria-selected="false" aria-disabled="true">
            {t('centre.gminaNone')}
          </li>
        )}
        {items.map((g, i) => (
          <li
            key={g.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(g);
            }}
          >
            <span className="combobox-name">{g.name}</span>{' '}
            <span className="muted">
              {g.kind}, pow. {g.powiat}, woj. {g.voivodeship} · {g.code}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
